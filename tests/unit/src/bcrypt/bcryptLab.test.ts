import { describe, expect, test } from 'vitest';
import { BcryptLab } from '../../../../src/lib/bcryptLab.svelte.ts';
import type { Pool } from '../../../../src/lib/bcryptPool.ts';
import type { Lane } from '../../../../src/lib/jobQueue.ts';
import type { CompareTiming } from '../../../../workers/contract/bcrypt.ts';
import { flush } from './fakeLanes.ts';

/**
 * A pool of fake workers. `answer` decides each compare: 'now' answers at once (1 ms on the fake
 * clock), 'never' leaves it running until the lab stops.
 */
class FakePool implements Pool {
  readonly size: number;
  opened: string[] = [];
  closed = 0;
  forgotten = 0;
  held: string | null = null;
  failOpen = false;
  time = 0;
  constructor(
    size: number,
    readonly answer: 'now' | 'never',
  ) {
    this.size = size;
  }
  open(password: string): Promise<void> {
    if (this.failOpen) return Promise.reject(new Error('worker failed to start'));
    this.opened.push(password);
    this.held = password;
    return Promise.resolve();
  }
  #compare = (): Promise<CompareTiming> => {
    if (this.answer === 'never') return new Promise<CompareTiming>(() => {});
    this.time += 1;
    return Promise.resolve({ ok: true, ms: 1 });
  };
  first() {
    return {
      hash: (cost: number) => Promise.resolve({ hash: `$2b$${cost}$fake`, ms: 1 }),
      compare: this.#compare,
    };
  }
  lanes(): Lane<string, CompareTiming>[] {
    return Array.from({ length: this.size }, () => ({ run: this.#compare }));
  }
  forget(): Promise<void> {
    this.forgotten += 1;
    this.held = null;
    return Promise.resolve();
  }
  close(): void {
    this.closed += 1;
    this.held = null;
  }
}

describe('the bcrypt lab', () => {
  test('measures every default cost, then makes the workers forget the password', async () => {
    const pool = new FakePool(2, 'now');
    const lab = new BcryptLab(pool, () => pool.time);
    await lab.measure('pw-1', false);
    expect(pool.opened).toEqual(['pw-1']);
    expect(lab.points.map((p) => p.cost)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(lab.progress).toBe(1);
    expect(lab.ended).toBe('done');
    expect(lab.activity).toBe('idle');
    expect(pool.held).toBeNull();
  });

  test('a storm runs behind one lock, then over the pool, and reports both', async () => {
    const pool = new FakePool(4, 'now');
    const lab = new BcryptLab(pool, () => pool.time);
    await lab.runStorm('pw-2', 4, 20);
    expect(lab.storm.serialised?.clients).toBe(20);
    expect(lab.storm.serialised?.parallel).toBe(1);
    expect(lab.storm.pool?.parallel).toBe(4);
    expect(lab.stormSetup).toEqual({ cost: 4, clients: 20 });
    expect(lab.ended).toBe('done');
    expect(pool.forgotten).toBe(1);
  });

  test('stop ends a storm at once, kills the workers and keeps nothing running', async () => {
    const pool = new FakePool(2, 'never');
    const lab = new BcryptLab(pool, () => pool.time);
    const run = lab.runStorm('pw-3', 10, 50);
    await flush();
    expect(lab.activity).toBe('storming');
    lab.stop();
    await run;
    expect(lab.activity).toBe('idle');
    expect(lab.ended).toBe('stopped');
    expect(lab.storm).toEqual({});
    expect(pool.closed).toBe(1);
    expect(pool.held).toBeNull();
  });

  test('a worker that fails is reported in words, and the workers are killed', async () => {
    const pool = new FakePool(2, 'now');
    pool.failOpen = true;
    const lab = new BcryptLab(pool, () => pool.time);
    await lab.measure('pw-4', false);
    expect(lab.error).toBe('worker failed to start');
    expect(lab.ended).toBe('failed');
    expect(lab.activity).toBe('idle');
    expect(pool.closed).toBe(1);
  });

  test('starting one activity stops the other first: they never share the cores', async () => {
    const pool = new FakePool(2, 'never');
    const lab = new BcryptLab(pool, () => pool.time);
    const storm = lab.runStorm('pw-5', 10, 5);
    await flush();
    const measure = lab.measure('pw-5', false);
    await storm;
    expect(lab.activity).toBe('measuring');
    expect(pool.closed).toBe(1);
    lab.dispose();
    await measure;
    expect(lab.activity).toBe('idle');
  });
});
