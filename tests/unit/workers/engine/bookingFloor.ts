/**
 * What a run's bookings and events cost alone (issue 16): records every reservation a run makes on
 * its servers, cores and NICs and every push and pop of its event queue, then replays just those
 * on fresh resources — no model, no recording. The replay's time is a floor under the whole run's:
 * whatever the model and the recorder are trimmed to, the run cannot go faster than this on the
 * same engine. `npm run bench` forks this file (it reaches into the engine, which the bench
 * scripts may not import) and prints the floor beside the runs.
 *
 * Not a strict bound: locks are left out (a few per read, cheap), which lowers it, but the replay
 * reads its log and calls each resource from a site of its own kind rather than from the model's
 * own call sites, which may cost more or less than the calls inlined in the model. The time the
 * replay spends reading the log alone (readLog) is measured and taken out.
 * Run by hand: `npx tsx tests/unit/workers/engine/bookingFloor.ts serializable-500k`.
 */
import { pathToFileURL } from 'node:url';
import { runInProcess as simulate } from '../../../../workers/api.ts';
import { runById, scenarioFor } from '../../../../scripts/bench/runs.ts';
import type { Floor } from '../../../../scripts/bench/floor.ts';
import type { Scenario } from '../../../../workers/contract/scenario.ts';
import { Server } from '../../../../workers/engine/server.ts';
import { Nic } from '../../../../workers/engine/nic.ts';
import { Cpu } from '../../../../workers/engine/cpu.ts';
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
 * once, at the outer call, which is what the replay repeats. A shared host's processes book on
 * its one pool of cores (CpuShare forwards to a Cpu): the pool is what is logged and replayed.
 */
export async function recordBookings(scenario: Scenario): Promise<BookingLog> {
  let cap = 1 << 16;
  let op = new Uint8Array(cap);
  let resource = new Int32Array(cap);
  let a = new Float64Array(cap);
  let b = new Float64Array(cap);
  let c = new Float64Array(cap);
  let now = new Float64Array(cap);
  let result = new Float64Array(cap);
  /** Doubles every array, keeping what it holds. */
  const grow = (): void => {
    cap *= 2;
    const more = <T extends Uint8Array | Int32Array | Float64Array>(
      x: T,
      make: (n: number) => T,
    ) => {
      const y = make(cap);
      y.set(x);
      return y;
    };
    op = more(op, (k) => new Uint8Array(k));
    resource = more(resource, (k) => new Int32Array(k));
    a = more(a, (k) => new Float64Array(k));
    b = more(b, (k) => new Float64Array(k));
    c = more(c, (k) => new Float64Array(k));
    now = more(now, (k) => new Float64Array(k));
    result = more(result, (k) => new Float64Array(k));
  };
  const resources: Resource[] = [];
  const ids = new Map<object, number>();
  let n = 0;
  let depth = 0;
  const idOf = (o: Server): number => {
    let i = ids.get(o);
    if (i === undefined) {
      i = resources.length;
      ids.set(o, i);
      const kind = o instanceof Nic ? 'nic' : o instanceof Cpu ? 'cpu' : 'server';
      resources.push({ kind, servers: o.servers, speed: o instanceof Cpu ? o.speed : 1 });
    }
    return i;
  };
  const open = (code: number, r: number, x: number, y: number, z: number, t: number): number => {
    if (n === cap) grow();
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
 * Reads every array of the log once, as the replay does, and books nothing: the replay's own
 * overhead, timed apart and taken out of the floor. Returns their sum so the reads are not idle.
 */
export function readLog(log: BookingLog): number {
  const { op, resource, a, b, c, now, result } = log;
  let sum = 0;
  for (let i = 0; i < log.length; i++)
    sum += op[i] + resource[i] + a[i] + b[i] + c[i] + now[i] + result[i];
  return sum;
}

/**
 * Replays the log on fresh resources and a fresh queue; returns how many results differ from the
 * run's (0: the replay made the same bookings, so its time is the bookings' own).
 */
export function replayBookings(log: BookingLog): number {
  const clock = { now: 0 };
  // One array per kind, so that each call below sees one class (as each call site in the model
  // does) and the compiler can inline it.
  const servers: Server[] = [];
  const cpus: Cpu[] = [];
  const nics: Nic[] = [];
  const slot = new Int32Array(log.resources.length);
  log.resources.forEach((r, i) => {
    if (r.kind === 'nic') slot[i] = nics.push(new Nic('replay', 1)) - 1;
    else if (r.kind === 'cpu')
      slot[i] = cpus.push(new Cpu('replay', r.servers, r.speed, clock)) - 1;
    else slot[i] = servers.push(new Server('replay', r.servers, clock)) - 1;
  });
  const isCpu = Uint8Array.from(log.resources, (r) => (r.kind === 'cpu' ? 1 : 0));
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
    const r = resource[i];
    let out: number;
    if (o === OP_BOOK) out = nics[slot[r]].book(a[i], b[i]);
    else if (o === OP_URGENT)
      out = cpus[slot[r]].runUrgent(a[i], b[i], Number.isNaN(c[i]) ? undefined : c[i]);
    else if (isCpu[r] === 1) out = cpus[slot[r]].reserve(a[i], b[i]);
    else out = servers[slot[r]].reserve(a[i], b[i]);
    if (out !== result[i]) wrong++;
  }
  return wrong;
}

/** Records `scenario`, then replays it `reps` + 1 times, timing all but the first. */
export async function measureFloor(id: string, scenario: Scenario, reps: number): Promise<Floor> {
  const log = await recordBookings(scenario);
  let bookings = 0;
  for (let i = 0; i < log.length; i++) if (log.op[i] <= OP_URGENT) bookings++;
  let wrong = replayBookings(log);
  readLog(log);
  const replaySec: number[] = [];
  const drySec: number[] = [];
  const seconds = (f: () => void): number => {
    const t0 = performance.now();
    f();
    return (performance.now() - t0) / 1000;
  };
  for (let k = 0; k < reps; k++) {
    replaySec.push(seconds(() => (wrong += replayBookings(log))));
    drySec.push(seconds(() => readLog(log)));
  }
  return {
    id,
    requests: log.requests,
    bookingsPerRequest: bookings / log.requests,
    eventsPerRequest: (log.length - bookings) / log.requests,
    replaySec,
    drySec,
    wrong,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = runById(process.argv[2] ?? '');
  const m = await measureFloor(run.id, scenarioFor(run), 5);
  if (process.send) process.send(m);
  else console.log(JSON.stringify(m));
}
