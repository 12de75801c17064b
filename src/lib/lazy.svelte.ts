/**
 * Parts of the page the first screen does not need (the panels below the chain, the sweep, the
 * bcrypt lab, the share dialog, the comparison) are chunks of their own, fetched on demand
 * (issue 16: the first load at most 60 kB of JavaScript gzipped). A Lazy holds one such
 * component: `load()` fetches it once; `component` is null until it is there, so a template
 * shows it with `{#if x.component}<x.component … />{/if}`.
 */
import type { Component } from 'svelte';

export class Lazy<C extends Component<never>> {
  component = $state<C | null>(null);
  #loading: Promise<C> | null = null;

  constructor(private readonly importer: () => Promise<{ default: C }>) {}

  /** Fetches the component once; a failed fetch (offline) is logged and tried again next time. */
  load(): Promise<C | null> {
    this.#loading ??= this.importer().then((m) => (this.component = m.default));
    return this.#loading.catch((e: unknown) => {
      this.#loading = null;
      console.error('a part of the page did not load', e);
      return null;
    });
  }
}

/**
 * Runs `task` once the page is idle (its first screen drawn and answered), or after `timeoutMs`
 * at the latest. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 1500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
