/**
 * What the browser says about whether motion should run: the tab is hidden, the figure is off
 * screen, or the reader asked for reduced motion. Each watcher reports at once and on every
 * change, and returns its own cleanup.
 */

export function watchPageHidden(onChange: (hidden: boolean) => void): () => void {
  const report = () => onChange(document.visibilityState === 'hidden');
  report();
  document.addEventListener('visibilitychange', report);
  return () => document.removeEventListener('visibilitychange', report);
}

export function watchOffscreen(el: Element, onChange: (offscreen: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    if (last) onChange(!last.isIntersecting);
  });
  observer.observe(el);
  return () => observer.disconnect();
}

export function watchMedia(query: string, onChange: (matches: boolean) => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  const list = matchMedia(query);
  const report = () => onChange(list.matches);
  report();
  list.addEventListener('change', report);
  return () => list.removeEventListener('change', report);
}

export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
export const DARK_SCHEME = '(prefers-color-scheme: dark)';
