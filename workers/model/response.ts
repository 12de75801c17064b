/**
 * Stage 9 (docs/design/MODEL.md §2): the member marshals the response and sends it over its NIC and the
 * client's; the client unmarshals it when the bytes arrive. Every path that answers a request
 * ends here — a Range, a refusal, an Authenticate's token — so it has a file of its own that the
 * read path and Authenticate both import (neither imports the other for it).
 */
import { EV_CLIENT_RECV } from './events.ts';
import { lbDelay } from './client.ts';
import { extend, mark, onServer } from './stageMarks.ts';
import { sendFor } from './wire.ts';
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
  const marshalled = m.cpu.run(t, vary(w, c.grpcSendUs + c.marshalUsPerKB * kb + tls));
  mark(w, client, S.response, t, marshalled);
  onServer(w, client, S.response, t, m.cpu.lastStart, marshalled);
  const arrived =
    sendFor(
      w,
      client,
      S.response,
      m.nicTx,
      w.client.nicRx,
      marshalled,
      wireBytes(c, payload),
      w.oneWayClient,
    ) + lbDelay(w);
  extend(w, client, S.response, arrived);
  w.respBytes[client] = payload;
  w.respKeys[client] = keys;
  w.engine.schedule(arrived, EV_CLIENT_RECV, client, err);
}

/** The response is at the client: unmarshal it on the client's CPU. Returns when that is done. */
export function clientReceive(w: World, client: number, t: number, stage: number): number {
  const c = w.c;
  const kb = w.respBytes[client] / KB;
  const tls = w.req.clientCert ? c.tlsUsPerKB * kb : 0;
  const keysUs = c.clientRecvUsPerKey * w.respKeys[client];
  const done = w.client.cpu.run(
    whenScheduled(w, w.client.cpu, t),
    vary(w, c.clientRecvUs + keysUs + c.clientRecvUsPerKB * kb + tls),
  );
  onServer(w, client, stage, t, w.client.cpu.lastStart, done);
  extend(w, client, stage, done);
  return done;
}
