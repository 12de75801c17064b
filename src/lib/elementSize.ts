/**
 * An element's width (and height), told without forcing a layout: Svelte's bind:clientWidth
 * reads it at once when the element mounts, which makes the browser lay out the page in the
 * middle of the task that is building it (30–60 ms of the longest tasks, issue 16). Here a
 * ResizeObserver reports after the browser's own layout, and the new size is handed over in a
 * later task, so what depends on it is built in a task of its own.
 */
import { nextTask } from './stagger.svelte.ts';

export interface Size {
  width: number;
  height: number;
}

/** Svelte action: `use:observeSize={(s) => (size = s)}`; reports clientWidth and clientHeight. */
export function observeSize(node: HTMLElement, report: (size: Size) => void) {
  let cancel = (): void => {};
  let last: Size | null = null;
  let current = report;
  const observer = new ResizeObserver(() => {
    // Layout is clean inside a ResizeObserver callback: reading the size costs nothing.
    const size = { width: node.clientWidth, height: node.clientHeight };
    if (last !== null && last.width === size.width && last.height === size.height) return;
    last = size;
    cancel();
    cancel = nextTask(() => current(size));
  });
  observer.observe(node);
  return {
    update(next: (size: Size) => void) {
      current = next;
    },
    destroy() {
      observer.disconnect();
      cancel();
    },
  };
}
