/**
 * Waiters for a member's applied index to reach some index (etcd's applyWait), as a binary
 * min-heap on the index: the apply loop pops every waiter whose index is ≤ applied, lowest index
 * first, so waiters leave in index order like applyWait's sorted list. Each waiter is a kind
 * (waiters.ts) and a number whose meaning the kind gives; parallel arrays, no allocation per wait.
 */
import type { WaitKind } from './waiters.ts';

export class WaitQueue {
  #index: number[] = [];
  #kind: WaitKind[] = [];
  #who: number[] = [];

  get size(): number {
    return this.#index.length;
  }

  add(index: number, kind: WaitKind, who: number): void {
    const idx = this.#index;
    const kind_ = this.#kind;
    const who_ = this.#who;
    let i = idx.length;
    idx.push(index);
    kind_.push(kind);
    who_.push(who);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (idx[p] <= index) break;
      idx[i] = idx[p];
      kind_[i] = kind_[p];
      who_[i] = who_[p];
      i = p;
    }
    idx[i] = index;
    kind_[i] = kind;
    who_[i] = who;
  }

  /** Lowest index waited for, or Infinity. */
  peek(): number {
    return this.#index.length > 0 ? this.#index[0] : Infinity;
  }

  /** The kind of the lowest waiter (read it before pop). Call only when size > 0. */
  peekKind(): WaitKind {
    return this.#kind[0];
  }

  /** Removes the lowest waiter and returns who it was. Call only when size > 0. */
  pop(): number {
    const idx = this.#index;
    const kind_ = this.#kind;
    const who_ = this.#who;
    const top = who_[0];
    const lastI = idx.pop() as number;
    const lastK = kind_.pop() as WaitKind;
    const lastW = who_.pop() as number;
    const n = idx.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && idx[c + 1] < idx[c]) c++;
        if (idx[c] >= lastI) break;
        idx[i] = idx[c];
        kind_[i] = kind_[c];
        who_[i] = who_[c];
        i = c;
      }
      idx[i] = lastI;
      kind_[i] = lastK;
      who_[i] = lastW;
    }
    return top;
  }
}
