/**
 * A course page for the embed tests: a blank page holding one <iframe> of the built lab, with
 * the console errors and every request that leaves the lab's origin recorded (the frame's too).
 */
import type { Frame, Page } from 'playwright-core';
import type { Harness } from './page.ts';

export interface Hosted {
  page: Page;
  frame: Frame;
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function hostFrame(
  h: Harness,
  query: string,
  width: number,
  height: number,
  /** For an axe audit only: the lab's Content-Security-Policy refuses axe's inline script. */
  bypassCSP = false,
): Promise<Hosted> {
  const page = await h.browser.newPage({
    viewport: { width: Math.max(1000, width + 80), height: height + 80 },
    bypassCSP,
  });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(h.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !/^(data|blob|about):/.test(u)) foreignRequests.push(u);
  });
  const src = (h.url + query).replaceAll('&', '&amp;');
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>A course page</title></head>` +
      `<body style="margin:0;padding:24px;background:#e8e8e8"><main><h1>Lesson</h1>` +
      `<iframe id="lab" src="${src}" title="etcd Read-Path Lab" width="${width}" height="${height}" ` +
      `style="border:0"></iframe></main></body></html>`,
  );
  const handle = await page.$('#lab');
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForLoadState();
  return { page, frame, consoleErrors, foreignRequests };
}

/** The frame's own page neither scrolls nor lets anything stick out of it. */
export function frameOverflow(frame: Frame): Promise<{ x: number; y: number }> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    return {
      x: Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth,
      y: Math.max(root.scrollHeight, document.body.scrollHeight) - root.clientHeight,
    };
  });
}

/** Is the element wholly inside the frame's viewport? */
export function insideViewport(frame: Frame, selector: string): Promise<boolean> {
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const eps = 0.5;
    return (
      r.width > 0 &&
      r.height > 0 &&
      r.left >= -eps &&
      r.top >= -eps &&
      r.right <= innerWidth + eps &&
      r.bottom <= innerHeight + eps
    );
  }, selector);
}
