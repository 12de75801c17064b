/**
 * Rendering in steps, one task apart, so no single task of the page runs long (issue 16: no task
 * over 50 ms while the page loads or a run answers, even on a busy two-core machine). A task that
 * builds the whole answer at once — headline, chain, every results card — took 180–250 ms there;
 * the same work handed out in steps leaves the browser free to paint and to take input between.
 *
 * - `Stagger` hands a changing value (a run's result) to `count` parts of the page in order, one
 *   task after another: part 0 at once, part 1 in the next task, and so on. A newer value
 *   cancels the steps of the older one still pending.
 * - `Unfold` counts from 0 up to `count`, one per task, from when it is made: for mounting a long
 *   list of parts (the parameter groups) a few at a time.
 */
import { untrack } from 'svelte';

/** Runs `f` in a later task (a macrotask: the browser may paint and take input before it). */
export function nextTask(f: () => void): () => void {
  const id = setTimeout(f, 0);
  return () => clearTimeout(id);
}

class Slot<T> {
  value = $state.raw() as T;
  constructor(v: T) {
    this.value = v;
  }
}

export class Stagger<T> {
  readonly #slots: Slot<T>[];

  /** Made while a component initialises (it watches `source` with an effect). */
  constructor(source: () => T, count: number) {
    const first = untrack(source);
    this.#slots = Array.from({ length: Math.max(1, count) }, () => new Slot(first));
    $effect(() => {
      const v = source();
      let stop = (): void => {};
      const step = (k: number): void => {
        if (k >= this.#slots.length) return;
        this.#slots[k].value = v;
        stop = nextTask(() => step(k + 1));
      };
      untrack(() => step(0));
      return () => stop();
    });
  }

  /** The value as part `k` shows it (0 first, the last part last). */
  at(k: number): T {
    return this.#slots[Math.min(k, this.#slots.length - 1)].value;
  }
}

export class Unfold {
  shown = $state(0);

  /** Made while a component initialises; counts up to `count`, one per task. */
  constructor(count: number, first = 1) {
    this.shown = Math.min(first, count);
    $effect(() => {
      let stop = (): void => {};
      const step = (): void => {
        if (untrack(() => this.shown) >= count) return;
        this.shown++;
        stop = nextTask(step);
      };
      stop = nextTask(step);
      return () => stop();
    });
  }
}
