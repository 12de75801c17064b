/**
 * Writes the experiment's URL with history.replaceState, at most once per `minGapMs` and never
 * inside the input event that changed it: a dragged slider neither floods the history API
 * (Safari refuses more than 100 calls in 10 s) nor adds its cost to the event's task.
 */
export interface UrlWriter {
  /** Writes `url` soon: in a task of its own, no sooner than minGapMs after the last write. */
  schedule(url: string): void;
  /** Writes `url` now (a language switch: the address bar should follow at once). */
  now(url: string): void;
  dispose(): void;
}

export function createUrlWriter(minGapMs = 200): UrlWriter {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: string | null = null;
  let last = -Infinity;

  function write(): void {
    timer = null;
    if (pending === null) return;
    const url = pending;
    pending = null;
    last = performance.now();
    if (url !== location.href) history.replaceState(history.state, '', url);
  }

  return {
    schedule(url) {
      pending = url;
      if (timer !== null) return;
      timer = setTimeout(write, Math.max(0, last + minGapMs - performance.now()));
    },
    now(url) {
      if (timer !== null) clearTimeout(timer);
      pending = url;
      write();
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
