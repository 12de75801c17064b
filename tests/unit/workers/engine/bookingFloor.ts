/**
 * What a run's bookings and events cost alone (issue 16): records every reservation a run makes on
 * its servers, cores and NICs and every push and pop of its event queue, then replays just those
 * on fresh resources — no model, no recording. The replay's time is a floor under the whole run's:
 * whatever the model and the recorder are trimmed to, the run cannot go faster than this on the
 * same engine. `npm run bench` forks this file (it reaches into the engine, which the bench
 * scripts may not import) and prints the floor beside the runs.
 *
 * Locks are left out (a few per read, cheap): the floor is a lower bound.
 * Run by hand: `npx tsx tests/unit/workers/engine/bookingFloor.ts serializable-500k`.
 */
import { pathToFileURL } from 'node:url';
import { runInProcess as simulate } from '../../../../workers/api.ts';
import { runById, scenarioFor } from '../../../../scripts/bench/runs.ts';
import type { Scenario } from '../../../../workers/contract/scenario.ts';
import { Server } from '../../../../workers/engine/server.ts';
import { Nic } from '../../../../workers/engine/nic.ts';
import { Cpu } from '../../../../workers/engine/cpu.ts';
import { CpuShare } from '../../../../workers/engine/cpuShare.ts';
import { EventQueue } from '../../../../workers/engine/eventQueue.ts';

/** What each logged operation was. */
const OP_RESERVE = 1;
const OP_BOOK = 2;
const OP_URGENT = 3;
const OP_PUSH = 4;
const OP_POP = 5;

/** A run's bookings and events, in order: operation, resource, arguments, the present, result. */
export interface BookingLog {
  readonly length: number;
  readonly op: Uint8Array;
  readonly resource: Int32Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly now: Float64Array;
  readonly result: Float64Array;
  /** Each resource's kind and size, by index, to build fresh ones for the replay. */
  readonly resources: readonly Resource[];
  readonly requests: number;
}

interface Resource {
  kind: 'server' | 'cpu' | 'nic';
  servers: number;
  /** A CPU's speed (Cpu.runUrgent takes µs of the reference core). */
  speed: number;
}

/** A resource's clock is private to the engine: the log reads it, never writes it. */
function clockOf(r: Server): number {
  return (r as unknown as { clock: { now: number } }).clock.now;
}

/**
 * Runs `scenario` once with the engine's booking methods wrapped to log each call, then puts the
 * methods back. Nested calls (Nic.book calling reserve, Cpu.runUrgent calling reserve) are logged
 * once, at the outer call, which is what the replay repeats.
 */
export async function recordBookings(scenario: Scenario, capacity: number): Promise<BookingLog> {
  const op = new Uint8Array(capacity);
  const resource = new Int32Array(capacity);
  const a = new Float64Array(capacity);
  const b = new Float64Array(capacity);
  const c = new Float64Array(capacity);
  const now = new Float64Array(capacity);
  const result = new Float64Array(capacity);
  const resources: Resource[] = [];
  const ids = new Map<object, number>();
  let n = 0;
  let depth = 0;
  const idOf = (o: Server): number => {
    let i = ids.get(o);
    if (i === undefined) {
      if (o instanceof CpuShare) throw new Error('bookingFloor: shared hosts are not replayed');
      i = resources.length;
      ids.set(o, i);
      const kind = o instanceof Nic ? 'nic' : o instanceof Cpu ? 'cpu' : 'server';
      resources.push({ kind, servers: o.servers, speed: o instanceof Cpu ? o.speed : 1 });
    }
    return i;
  };
  const open = (code: number, r: number, x: number, y: number, z: number, t: number): number => {
    if (n === capacity) throw new Error(`bookingFloor: more than ${capacity} operations`);
    op[n] = code;
    resource[n] = r;
    a[n] = x;
    b[n] = y;
    c[n] = z;
    now[n] = t;
    return n++;
  };
  /** Wraps `method` of `proto` so that outermost calls are logged with their result. */
  const wrap = <T extends object>(
    proto: T,
    name: keyof T & string,
    code: number,
    logOf: (self: T, args: number[]) => [number, number, number, number, number],
    resultOf: (self: T, out: unknown) => number = (_self, out) => out as number,
  ): (() => void) => {
    const original = proto[name] as unknown as (...args: number[]) => unknown;
    const wrapped = function (this: T, ...args: number[]): unknown {
      if (depth > 0) return original.apply(this, args);
      const [r, x, y, z, t] = logOf(this, args);
      const i = open(code, r, x, y, z, t);
      depth++;
      try {
        const out = original.apply(this, args);
        result[i] = resultOf(this, out);
        return out;
      } finally {
        depth--;
      }
    };
    (proto as Record<string, unknown>)[name] = wrapped;
    return () => {
      (proto as Record<string, unknown>)[name] = original;
    };
  };
  const booking = (self: Server, args: number[]): [number, number, number, number, number] => [
    idOf(self),
    args[0],
    args[1],
    args[2] ?? NaN,
    clockOf(self),
  ];
  const restore = [
    wrap(Server.prototype, 'reserve', OP_RESERVE, booking),
    wrap(Nic.prototype, 'book', OP_BOOK, booking),
    wrap(Cpu.prototype, 'runUrgent', OP_URGENT, booking),
    wrap(EventQueue.prototype, 'push', OP_PUSH, (_q, args) => [-1, args[0], 0, 0, 0]),
    // A pop logs the time it took out, which the replay's pop must take out too.
    wrap(
      EventQueue.prototype,
      'pop',
      OP_POP,
      () => [-1, 0, 0, 0, 0],
      (q, out) => (out ? q.time : NaN),
    ),
  ];
  try {
    const r = await simulate(scenario);
    const requests = r.summary.succeeded + r.summary.failed;
    return { length: n, op, resource, a, b, c, now, result, resources, requests };
  } finally {
    for (const undo of restore) undo();
  }
}

/**
 * Replays the log on fresh resources and a fresh queue; returns how many results differ from the
 * run's (0: the replay made the same bookings, so its time is the bookings' own).
 */
export function replayBookings(log: BookingLog): number {
  const clock = { now: 0 };
  const fresh = log.resources.map((r) =>
    r.kind === 'nic'
      ? new Nic('replay', 1)
      : r.kind === 'cpu'
        ? new Cpu('replay', r.servers, r.speed, clock)
        : new Server('replay', r.servers, clock),
  );
  const queue = new EventQueue();
  const { op, resource, a, b, c, now, result } = log;
  let wrong = 0;
  for (let i = 0; i < log.length; i++) {
    const o = op[i];
    if (o === OP_PUSH) {
      queue.push(a[i], 0);
      continue;
    }
    if (o === OP_POP) {
      const got = queue.pop() ? queue.time : NaN;
      if (!Object.is(got, result[i])) wrong++;
      continue;
    }
    clock.now = now[i];
    const r = fresh[resource[i]];
    let out: number;
    if (o === OP_BOOK) out = (r as Nic).book(a[i], b[i]);
    else if (o === OP_URGENT)
      out = (r as Cpu).runUrgent(a[i], b[i], Number.isNaN(c[i]) ? undefined : c[i]);
    else out = r.reserve(a[i], b[i]);
    if (out !== result[i]) wrong++;
  }
  return wrong;
}

/** What the bench prints for one run's floor. */
export interface FloorMeasurement {
  id: string;
  requests: number;
  /** Reservations on servers, cores and NICs per request, and events (push + pop) per request. */
  bookingsPerRequest: number;
  eventsPerRequest: number;
  /** Wall seconds of each replay (the first warms the compiler up and is left out). */
  replaySec: number[];
  /** Replayed results that differed from the run's (must be 0 for the floor to mean anything). */
  wrong: number;
}

/** Records `scenario`, then replays it `reps` + 1 times, timing all but the first. */
export async function measureFloor(
  id: string,
  scenario: Scenario,
  reps: number,
): Promise<FloorMeasurement> {
  // Two bookings and two events a request, then some: room for the article's runs.
  const log = await recordBookings(scenario, scenario.total * 24 + 100_000);
  let bookings = 0;
  for (let i = 0; i < log.length; i++) if (log.op[i] <= OP_URGENT) bookings++;
  let wrong = replayBookings(log);
  const replaySec: number[] = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    wrong += replayBookings(log);
    replaySec.push((performance.now() - t0) / 1000);
  }
  return {
    id,
    requests: log.requests,
    bookingsPerRequest: bookings / log.requests,
    eventsPerRequest: (log.length - bookings) / log.requests,
    replaySec,
    wrong,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = runById(process.argv[2] ?? '');
  const m = await measureFloor(run.id, scenarioFor(run), 5);
  if (process.send) process.send(m);
  else console.log(JSON.stringify(m));
}
