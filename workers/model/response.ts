/**
 * Stage 9 (docs/design/MODEL.md §2): the member marshals the response and sends it over its NIC and the
 * client's; the client unmarshals it when the bytes arrive. Every path that answers a request
 * ends here — a Range, a refusal, an Authenticate's token — so it has a file of its own that the
 * read path and Authenticate both import (neither imports the other for it).
 */
import { EV_CLIENT_RECV } from './events.ts';
import {
  afterRead,
  CLIENT_READ,
  connSlot,
  MEMBER_WRITE,
  readAt,
  syscallUs,
} from './connections.ts';
import { lbDelay } from './client.ts';
import { extend, mark, onServer, queueWait, served } from './stageMarks.ts';
import { flushed, sendFor } from './wire.ts';
import { transfer } from '../engine/nic.ts';
import { S } from '../contract/stages.ts';
import { wireBytes, type Member, type World } from './world.ts';
import { vary } from './variability.ts';
import { whenScheduled } from './descheduling.ts';

/** Error codes a response carries to the client (the ClientRecv event's second argument). */
export const ERR_NONE = 0;
export const ERR_LEARNER = 1;
export const ERROR_TEXT: Record<number, string> = {
  [ERR_LEARNER]: 'etcdserver: rpc not supported for learner',
};

const KB = 1024;

/**
 * The largest HTTP/2 DATA frame a peer accepts unless told otherwise (RFC 9113 §6.5.2,
 * SETTINGS_MAX_FRAME_SIZE's initial value), bytes: gRPC-go writes a message in frames of at most
 * this, and reads each as it arrives. A response in one frame is written, then read; a longer one
 * streams (streamResponse).
 */
export const FRAME_BYTES = 16_384;

/**
 * Stage 9, on the member: marshal, then send over the member's NIC and the client's NIC. The
 * client's unmarshal runs when the bytes arrive (clientReceive).
 */
export function respond(
  w: World,
  client: number,
  m: Member,
  t: number,
  payload: number,
  keys: number,
  err: number,
): void {
  const c = w.c;
  const kb = payload / KB;
  const tls = w.req.clientCert ? c.tlsUsPerKB * kb : 0;
  const streams = payload > FRAME_BYTES;
  // One frame: its write into the socket runs in the same job as the marshal.
  const writeUs = streams ? 0 : c.socketUsPerKB * kb;
  // A response of several frames goes out in writes of its own (streamResponse): it pays one
  // syscall as one frame does and shares none.
  const k = connSlot(w, client, m.index, MEMBER_WRITE);
  const sys = streams ? c.grpcSendSyscallUs : syscallUs(w, k, t, c.grpcSendSyscallUs);
  const marshalled = m.cpu.run(
    t,
    vary(w, c.grpcSendUs + sys + c.marshalUsPerKB * kb + writeUs + tls),
  );
  mark(w, client, S.response, t, marshalled);
  onServer(w, client, S.response, t, m.cpu.lastStart, marshalled);
  const out = streams
    ? marshalled
    : flushed(w, client, S.response, m.cpu, k, sys, marshalled, c.grpcSendSyscallUs);
  w.respBytes[client] = payload;
  w.respKeys[client] = keys;
  const arrived = streams
    ? streamResponse(w, client, m, marshalled, payload)
    : sendFor(
        w,
        client,
        S.response,
        m.nicTx,
        w.client.nicRx,
        out,
        wireBytes(c, payload),
        w.oneWayClient,
      ) + lbDelay(w);
  extend(w, client, S.response, arrived);
  w.engine.schedule(arrived, EV_CLIENT_RECV, client, err);
}

/**
 * A response of several frames, from its marshal at `t` until the client has read its last
 * frame out of the socket; returns then. The member's transport writes the frames (a job on its
 * cores); the NIC sends each frame once it is written, so the transfer starts after the first
 * frame's share of the write and its last frame leaves after the write ends; the client's
 * transport reads each frame as it arrives (a job on the client's cores from the first frame's
 * arrival), and is done a frame's read after the last frame is in. Booked ahead, the read job
 * only places the client's CPU work; the first-frame arrival it waits for is causal. The thread's
 * descheduling on a shared host is drawn once, for the unmarshal (clientReceive).
 *
 * Stage times, in order and without overlap: the write; what is left of the transfer after it
 * (waiting for the NIC, sending the rest, the one-way delay as flight, waiting for the client's
 * NIC); of the read, what runs after the last frame is in (queue, then service). Earlier, the
 * member's work is what the request waits for.
 */
function streamResponse(w: World, client: number, m: Member, t: number, payload: number): number {
  const c = w.c;
  const socketUs = (c.socketUsPerKB * payload) / KB;
  const frames = Math.ceil(payload / FRAME_BYTES);
  const written = m.cpu.run(t, vary(w, socketUs));
  const writeStart = m.cpu.lastStart;
  onServer(w, client, S.response, t, writeStart, written);
  const tx = m.nicTx;
  const wire = wireBytes(c, payload);
  const oneWay = w.oneWayClient;
  const lb = lbDelay(w);
  const out = transfer(
    tx,
    w.client.nicRx,
    writeStart + (written - writeStart) / frames,
    wire,
    oneWay,
  );
  const txStart = tx.lastStart;
  const frameTx = tx.time(wire / frames);
  // The last bit leaves when the NIC is through, and never before the last frame is written.
  const sent = Math.max(txStart + tx.time(wire), written + frameTx);
  if (txStart > written) queueWait(w, client, S.response, written, txStart);
  served(w, client, S.response, txStart > written ? txStart : written, sent);
  // A client NIC busy with other transfers holds the last bits back: queue.
  if (out > sent + oneWay) queueWait(w, client, S.response, sent + oneWay, out);
  const lastIn = Math.max(out, sent + oneWay) + lb;
  const cpu = w.client.cpu;
  const readEnd = cpu.run(txStart + frameTx + oneWay + lb, vary(w, socketUs));
  const readStart = cpu.lastStart;
  const done = Math.max(readEnd, lastIn + (readEnd - readStart) / frames);
  if (readStart > lastIn) queueWait(w, client, S.response, lastIn, readStart);
  served(w, client, S.response, readStart > lastIn ? readStart : lastIn, done);
  return done;
}

/** The response is at the client: unmarshal it on the client's CPU. Returns when that is done. */
export function clientReceive(w: World, client: number, t: number, stage: number): number {
  const c = w.c;
  const bytes = w.respBytes[client];
  const kb = bytes / KB;
  const tls = w.req.clientCert ? c.tlsUsPerKB * kb : 0;
  const keysUs = c.clientRecvUsPerKey * w.respKeys[client];
  // One frame: read out of the socket in this job; a streamed response was read as it came.
  const readUs = bytes > FRAME_BYTES ? 0 : c.socketUsPerKB * kb;
  const ready = whenScheduled(w, w.client.cpu, t);
  // A streamed response was read frame by frame as it came (streamResponse): it shares no read.
  const streamed = bytes > FRAME_BYTES;
  const k = connSlot(w, client, w.target[client], CLIENT_READ);
  const sys = streamed ? c.clientRecvSyscallUs : syscallUs(w, k, ready, c.clientRecvSyscallUs);
  const at = streamed
    ? ready
    : afterRead(w, k, sys, ready, c.clientRecvSyscallUs / 1000 / w.s.cpuSpeed);
  const done = w.client.cpu.run(
    at,
    vary(w, c.clientRecvUs + sys + keysUs + c.clientRecvUsPerKB * kb + readUs + tls),
  );
  if (!streamed) readAt(w, k, sys, w.client.cpu.lastStart);
  onServer(w, client, stage, t, w.client.cpu.lastStart, done);
  extend(w, client, stage, done);
  return done;
}
