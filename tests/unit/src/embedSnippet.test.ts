import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  escapeAttribute,
  frameSide,
  iframeSnippet,
  MAX_FRAME,
  MIN_FRAME,
} from '../../../src/lib/embedSnippet.ts';

/** Reads one double-quoted attribute back the way an HTML parser decodes these entities. */
function attribute(html: string, name: string): string | null {
  const m = new RegExp(` ${name}="([^"]*)"`).exec(html);
  if (!m) return null;
  return m[1]
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

describe('the iframe snippet', () => {
  test('any title and address stay inside their own attribute and read back unchanged', () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl({ withQueryParameters: true }), (title, src) => {
        const html = iframeSnippet({ src, title, width: 960, height: 540 });
        expect(attribute(html, 'title')).toBe(title);
        expect(attribute(html, 'src')).toBe(src);
        expect(html.startsWith('<iframe ')).toBe(true);
        expect(html.endsWith('></iframe>')).toBe(true);
        expect(html.match(/</g)).toHaveLength(2);
      }),
    );
  });

  test('sizes are whole pixels from the smallest frame the figures are drawn for', () => {
    expect(frameSide(100, MIN_FRAME.width)).toBe(320);
    expect(frameSide(Number.NaN, MIN_FRAME.height)).toBe(240);
    expect(frameSide(960.6, MIN_FRAME.width)).toBe(961);
    expect(frameSide(1e9, MIN_FRAME.width)).toBe(MAX_FRAME);
    const html = iframeSnippet({ src: 'https://x/', title: 't', width: 10, height: 10 });
    expect([attribute(html, 'width'), attribute(html, 'height')]).toEqual(['320', '240']);
  });

  test('escapes what would end an attribute or start a tag', () => {
    expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
  });
});
