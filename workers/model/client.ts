/**
 * The benchmark's closed loop (docs/design/MODEL.md §1): `clients` goroutines share `conns` connections
 * (client i uses conn i mod conns); each sends a request, waits for the answer, and sends the
 * next, until `total` requests have been issued. `rate` caps requests per second like --rate.
 * Load balancing decides which member each request reaches.
 */
import { CLIENT_WRITE, connSlot, syscallUs } from './connections.ts';
import { EV_ARRIVE } from './events.ts';
import {
  clearStages,
  enterAt,
  extend,
  mark,
  onServer,
  PHASE_AUTH,
  PHASE_RANGE,
  queueWait,
} from './stageMarks.ts';
import { flushed, sendFor } from './wire.ts';
import { S } from '../contract/stages.ts';
import { leaderOf, wireBytes, type World } from './world.ts';
import { vary } from './variability.ts';

/**
 * Pins connections to endpoints. `per-conn` (the benchmark tool) and `l4-lb` (least connections,
 * which with long-lived connections spreads them evenly) put conn j on endpoint j mod E;
 * `pinned` (clientv3 ≤ 3.3) puts every connection on the first endpoint; `round-robin`
 * (clientv3 ≥ 3.4) rotates endpoints per request, starting each connection at a different one.
 */
export function pinConnections(w: World): void {
  const e = w.s.endpoints;
  for (let j = 0; j < w.s.conns; j++) {
    w.connMember[j] = w.s.lb === 'pinned' ? 0 : j % e;
    w.connCounter[j] = j % e;
  }
}

/**
 * With client certificates, every connection does one TLS handshake with each member it talks
 * to (all endpoints under round-robin), on both CPUs, when the run starts. The first requests
 * queue behind it; later ones only pay the per-byte encryption.
 */
export function handshake(w: World): void {
  if (w.s.auth !== 'client-cert') return;
  const us = w.c.tlsHandshakeUs;
  for (let j = 0; j < w.s.conns; j++) {
    const first = w.s.lb === 'round-robin' ? 0 : w.connMember[j];
    const last = w.s.lb === 'round-robin' ? w.s.endpoints - 1 : w.connMember[j];
    let ready = 0;
    for (let m = first; m <= last; m++) {
      ready = Math.max(ready, w.client.cpu.run(0, us), w.members[m].cpu.run(0, us));
    }
    w.connReady[j] = ready;
  }
}

/** The member a client's next request goes to. Endpoints list the members, then the learner. */
export function pickMember(w: World, client: number): number {
  const conn = client % w.s.conns;
  if (!w.req.roundRobin) return w.connMember[conn];
  const m = w.connCounter[conn] % w.s.endpoints;
  w.connCounter[conn] = m + 1;
  return m;
}

/** Extra one-way delay of the load balancer in the path (an L4 proxy hop), ms. */
export function lbDelay(w: World): number {
  return w.req.lbHopMs;
}

/**
 * A client takes the next request. The benchmark's bookkeeping (outside the timed call) runs
 * first on the single producer/report goroutine, then the rate limiter, then the timed call
 * begins: marshal on the client's CPU and send over both NICs.
 */
export function issue(w: World, client: number, t: number): void {
  if (w.issued >= w.s.total) return;
  const s = w.s;
  const c = w.c;
  let start = w.benchLoop.reserve(t, c.benchLoopUs / 1000 / s.cpuSpeed);
  if (s.rate > 0) {
    if (w.nextToken > start) start = w.nextToken;
    w.nextToken = start + 1000 / s.rate;
  }
  w.seq[client] = w.issued++;
  clearStages(w, client);
  w.issuedAt[client] = start;
  w.keepSpans[client] = w.recorder.wantsSpans(start, w.seq[client]) ? 1 : 0;
  w.commitAtIssue[client] = leaderOf(w).commit;
  w.tokenIndex[client] = 0;
  w.phase[client] = w.req.authFirst ? PHASE_AUTH : PHASE_RANGE;
  const member = pickMember(w, client);
  w.target[client] = member;
  // A connection carries requests only once its TLS handshake is done (client certificates).
  const ready = w.connReady[client % s.conns];
  if (ready > start) {
    sendRequest(w, client, ready, S.client, S.network, false);
    // Waiting for the connection's handshake, which is CPU work on both ends: queue.
    enterAt(w, client, S.client, start);
    queueWait(w, client, S.client, start, ready);
  } else sendRequest(w, client, start, S.client, S.network, true);
}

/**
 * Marshals and sends the client's request to its member: client CPU (stage `cpuStage`), then the
 * network (stage `netStage`); schedules the arrival. With `timedFromRun`, the request's clock
 * starts when the client's goroutine gets a core, not when it became ready: etcd's benchmark
 * takes `st := time.Now()` in the goroutine after it receives the next op from its channel, so a
 * goroutine woken but waiting for a core is not yet timed (tools/benchmark/cmd/range.go), and it
 * marshals at once, holding the core it took the time on.
 */
export function sendRequest(
  w: World,
  client: number,
  t: number,
  cpuStage: number,
  netStage: number,
  timedFromRun = false,
): void {
  const c = w.c;
  const m = w.members[w.target[client]];
  const bytes = c.requestBytes;
  const tlsUs = w.req.clientCert ? (c.tlsUsPerKB * bytes) / 1024 : 0;
  const k = connSlot(w, client, w.target[client], CLIENT_WRITE);
  const sys = syscallUs(w, k, t, c.clientSendSyscallUs);
  const cpu = w.client.cpu;
  const sent = cpu.run(t, vary(w, c.clientSendUs + sys + tlsUs));
  if (timedFromRun) {
    t = cpu.lastStart;
    w.issuedAt[client] = t;
  }
  if (cpuStage !== netStage) {
    mark(w, client, cpuStage, t, sent);
    mark(w, client, netStage, sent, sent);
  }
  onServer(w, client, cpuStage, t, cpu.lastStart, sent);
  const out = flushed(w, client, netStage, cpu, k, sys, sent, c.clientSendSyscallUs);
  const arrive =
    sendFor(
      w,
      client,
      netStage,
      w.client.nicTx,
      m.nicRx,
      out,
      wireBytes(c, bytes),
      w.oneWayClient,
    ) + lbDelay(w);
  // A second request of the same operation (the Range after its Authenticate) stays in its stage.
  extend(w, client, netStage, arrive);
  w.engine.schedule(arrive, EV_ARRIVE, client);
}
