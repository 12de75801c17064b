/**
 * The one door from the UI into the simulation worker. Owns the worker and its Comlink proxy;
 * components never touch Comlink. Results are $state.raw: replaced on every answer, never mutated.
 */
import * as Comlink from 'comlink';
import type { BcryptEstimate, SimApi } from '../../workers/api.ts';

export class SimClient {
  #worker: Worker;
  #remote: Comlink.Remote<SimApi>;
  estimate = $state.raw<BcryptEstimate | null>(null);
  error = $state<string | null>(null);

  constructor() {
    // Written inline exactly so, or Vite will not bundle the worker (STACK.md pitfall 2).
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off URL for Vite, never reactive
    this.#worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.#remote = Comlink.wrap<SimApi>(this.#worker);
  }

  async estimateBcrypt(cost: number): Promise<void> {
    try {
      this.estimate = await this.#remote.estimateBcrypt(cost);
      this.error = null;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  dispose(): void {
    this.#remote[Comlink.releaseProxy]();
    this.#worker.terminate();
  }
}
