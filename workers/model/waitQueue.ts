/**
 * Clients waiting for a member's applied index to reach some index (etcd's applyWait), as a
 * binary min-heap on the index: `release(applied)` pops every waiter whose index is ≤ applied,
 * lowest index first, so waiters leave in index order like applyWait's sorted list.
 */
export class WaitQueue {
  #index: number[] = [];
  #who: number[] = [];

  get size(): number {
    return this.#index.length;
  }

  add(index: number, who: number): void {
    const idx = this.#index;
    const who_ = this.#who;
    let i = idx.length;
    idx.push(index);
    who_.push(who);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (idx[p] <= index) break;
      idx[i] = idx[p];
      who_[i] = who_[p];
      i = p;
    }
    idx[i] = index;
    who_[i] = who;
  }

  /** Lowest index waited for, or Infinity. */
  peek(): number {
    return this.#index.length > 0 ? this.#index[0] : Infinity;
  }

  /** Removes the lowest waiter and returns who it was. Call only when size > 0. */
  pop(): number {
    const idx = this.#index;
    const who_ = this.#who;
    const top = who_[0];
    const lastI = idx.pop() as number;
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
        who_[i] = who_[c];
        i = c;
      }
      idx[i] = lastI;
      who_[i] = lastW;
    }
    return top;
  }
}
