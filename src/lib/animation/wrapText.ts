/**
 * Greedy word wrap for SVG text, which cannot wrap by itself. Widths are in characters: the
 * step names are etcd's own English strings, drawn in a monospace font of known advance.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= limit) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A rough width of `text` in a proportional sans-serif at `fontPx`: CJK ideographs take a full
 * em, other characters a little over half. Enough to pick a shorter label or size a pill.
 */
export function estimateWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.58;
  return ems * fontPx;
}
