/**
 * Exact event traces of tiny scenarios, with expected times derived from the cost table and the
 * profile (so a change of mechanism, not of a constant, is what breaks them).
 */
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../../workers/model/simulate.ts';
import { COSTS } from '../../../../workers/model/costs.ts';
import * as E from '../../../../workers/model/events.ts';
import { FRAME_BYTES } from '../../../../workers/model/response.ts';
import { resource, run, scenario, serializableReadUs, STEADY_COSTS } from './helpers.ts';

const us = (x: number) => x / 1000; // µs of the reference core → ms at cpuSpeed 1
const wire = (bytes: number) => COSTS.wireBytesPerMessage + bytes * COSTS.wireOverhead;
const nicMs = (bytes: number) => (wire(bytes) * 8) / (10 * 1e6); // 10 Gbit/s

describe('one client reading one key from one member', () => {
  test('a serializable read is two events whose times follow the cost table', async () => {
    const events: [number, number, number][] = [];
    const s = scenario({ clients: 1, conns: 1, endpoints: 1, total: 2, readMode: 'serializable' });
    await simulate(s, { costs: STEADY_COSTS, trace: (t, kind, a) => events.push([t, kind, a]) });
    const oneWay = s.clientRttMs / 2;
    const sent = us(COSTS.benchLoopUs) + us(COSTS.clientSendUs + COSTS.clientSendSyscallUs);
    const arrive = sent + nicMs(COSTS.requestBytes) + oneWay;
    const payload = s.valueBytes + 16;
    const memberUs = serializableReadUs(s);
    const atClient = arrive + us(memberUs) + nicMs(payload) + oneWay;
    expect(events.map(([, kind, a]) => [kind, a])).toEqual([
      [E.EV_ARRIVE, 0],
      [E.EV_CLIENT_RECV, 0],
      [E.EV_ARRIVE, 0],
      [E.EV_CLIENT_RECV, 0],
    ]);
    expect(events[0][0]).toBeCloseTo(arrive, 9);
    expect(events[1][0]).toBeCloseTo(atClient, 9);
  });

  test('a response of several frames streams: the client reads each frame while the member writes the next', async () => {
    const events: [number, number, number][] = [];
    const valueBytes = 40_000; // with its 16 B of key and header: three frames of ≤ 16 KiB
    const s = scenario({
      clients: 1,
      conns: 1,
      endpoints: 1,
      total: 1,
      readMode: 'serializable',
      valueBytes,
    });
    await simulate(s, { costs: STEADY_COSTS, trace: (t, kind, a) => events.push([t, kind, a]) });
    const payload = valueBytes + 16;
    const frames = Math.ceil(payload / FRAME_BYTES);
    expect(frames).toBe(3);
    const oneWay = s.clientRttMs / 2;
    const socket = us((COSTS.socketUsPerKB * payload) / 1024);
    const nic = nicMs(payload);
    // Marshalled at `marshalled`, the write runs to `written`; the NIC takes the first frame once
    // a frame's share is written, and the last once the write is done.
    const marshalled = events[0][0] + us(serializableReadUs(s)) - socket;
    const written = marshalled + socket;
    const txStart = marshalled + socket / frames;
    const sent = Math.max(txStart + nic, written + nic / frames);
    const lastIn = sent + oneWay;
    // The client's read starts when the first frame is in and ends a frame's read after the last.
    const firstIn = txStart + nic / frames + oneWay;
    const atClient = Math.max(firstIn + socket, lastIn + socket / frames);
    expect(events[1][1]).toBe(E.EV_CLIENT_RECV);
    expect(events[1][0]).toBeCloseTo(atClient, 9);
    // In series — write, send, read — it would come later by the overlap.
    const serial = written + nic + oneWay + socket;
    expect(serial - events[1][0]).toBeGreaterThan(socket / 2);
  });

  test('a linearizable read on the leader adds one ReadIndex round of a heartbeat to each follower', async () => {
    const events: [number, number, number][] = [];
    const s = scenario({ clients: 1, conns: 1, endpoints: 1, total: 1 });
    await simulate(s, { costs: STEADY_COSTS, trace: (t, kind, a) => events.push([t, kind, a]) });
    expect(events.map(([, kind]) => kind)).toEqual([
      E.EV_ARRIVE,
      E.EV_RI_JOIN,
      E.EV_RI_DONE,
      E.EV_CLIENT_RECV,
    ]);
    const [arrive, join, done] = events.map(([t]) => t);
    expect(join - arrive).toBeCloseTo(
      us(COSTS.grpcRecvUs + COSTS.grpcRecvSyscallUs + COSTS.linearizableReadUs),
      9,
    );
    // The loop asks; the leader registers and sends a heartbeat to each follower (two messages
    // out); a follower receives, steps and acks; the leader receives both acks; one peer RTT.
    const m = COSTS.peerMessageUs;
    const round =
      us(COSTS.readIndexLoopUs) +
      us(COSTS.readIndexRoundUs + 2 * m) +
      us(2 * m + COSTS.heartbeatUs) +
      us(2 * m) +
      s.peerRttMs;
    expect(done - join).toBeCloseTo(round, 9);
  });
});

describe('ReadIndex batching', () => {
  test('three reads arriving during a round join the next round together', async () => {
    // Four clients on the leader, issued 0.01 ms apart by the rate limiter: the first starts a
    // round of ≈ 0.16 ms; the other three arrive while it runs and must share the second round.
    const r = await run({ clients: 4, conns: 4, endpoints: 1, total: 4, rate: 100_000 });
    const ri = r.readIndex[0];
    expect(ri.rounds).toBe(2);
    expect(ri.meanBatch).toBe(2);
    const rounds = r.journeys
      .sort((a, b) => a.issuedMs - b.issuedMs)
      .map((j) => j.stages.find((s) => s.id === 'readIndex'));
    const [first, ...rest] = rounds;
    for (const later of rest) {
      // the second round starts when the first ends (after the read's own CPU and its wait for
      // the loop), and all three are in it
      const roundStart = (later?.enterMs ?? 0) + (later?.service ?? 0) + (later?.queue ?? 0);
      expect(roundStart).toBeCloseTo(first?.endMs ?? NaN, 12);
      expect(later?.endMs).toBeCloseTo(rest[0]?.endMs ?? NaN, 12);
      // each waited for the read loop, busy with the first round: queue time
      expect(later?.queue ?? 0).toBeGreaterThan(0);
      expect(later?.lock).toBe(0);
    }
  });
});

describe('Authenticate and the BatchTx lock', () => {
  const perRequest = {
    clients: 4,
    conns: 4,
    endpoints: 1,
    total: 8,
    auth: 'password-per-request',
    rbacRules: 1,
  } as const;

  test('on 3.4.8 a permission check waits while another Authenticate holds BatchTx for its bcrypt', async () => {
    const r = await run({ ...perRequest, etcdVersion: '3.4.8' });
    // Four clients take turns comparing under the lock (≈ 50 ms each); a client's Range then needs
    // BatchTx for its RBAC check, and finds another client's bcrypt holding it.
    const rbacWaits = r.journeys.map((j) => j.stages.find((s) => s.id === 'rbac')?.lock ?? 0);
    const bcrypt = COSTS.bcrypt10Ms;
    expect(Math.max(...rbacWaits)).toBeGreaterThan(0.8 * bcrypt);
    expect(resource(r, 'member0.lock.batchTx').demandMs).toBeGreaterThan(bcrypt * 0.99);
  });

  test('from 3.4.9 the compare runs outside the lock and the permission check does not wait', async () => {
    const r = await run({ ...perRequest, etcdVersion: '3.4.9' });
    for (const j of r.journeys) {
      const rbac = j.stages.find((s) => s.id === 'rbac');
      expect(rbac?.visited).toBe(true);
      expect(rbac?.lock).toBeLessThan(1);
    }
    expect(resource(r, 'member0.lock.batchTx').demandMs).toBeLessThan(1);
  });
});
