/**
 * Network transfers with their time accounted (timeKinds.ts): for a request's stage, waiting for
 * either NIC is queue, the sender's serialisation is service, and the one-way delay is flight;
 * for background traffic (replicating puts), both NICs' time is background busy (ledger.ts).
 */
import { transfer, type Nic } from '../engine/nic.ts';
import type { HostCpu } from '../engine/cpuShare.ts';
import { flushAt, ownFlush } from './connections.ts';
import { bgTime } from './ledger.ts';
import { onServer, queueWait, served } from './stageMarks.ts';
import { vary } from './variability.ts';
import type { World } from './world.ts';

/**
 * When a message marshalled at `end` on `cpu` (paid `paid` µs of syscall, slot `k`) leaves its
 * connection (connections.ts), for `client`'s `stage`. Waiting for the flush it joined is queue;
 * one marshalled after that flush was written writes itself: `syscallUs` more on the cores.
 */
export function flushed(
  w: World,
  client: number,
  stage: number,
  cpu: HostCpu,
  k: number,
  paid: number,
  end: number,
  syscallUs: number,
): number {
  const at = flushAt(w, k, paid, end);
  if (at >= 0) {
    queueWait(w, client, stage, end, at);
    return at;
  }
  const written = cpu.run(end, vary(w, syscallUs));
  onServer(w, client, stage, end, cpu.lastStart, written);
  ownFlush(w, k, written);
  return written;
}

/** Sends `bytes` for `client`'s `stage` from `tx` to `rx`, `oneWay` ms apart; returns arrival. */
export function sendFor(
  w: World,
  client: number,
  stage: number,
  tx: Nic,
  rx: Nic,
  ready: number,
  bytes: number,
  oneWay: number,
): number {
  const arrive = transfer(tx, rx, ready, bytes, oneWay);
  const txStart = tx.lastStart;
  const txEnd = txStart + tx.time(bytes);
  // A busy receiver delays arrival past the sender's last bit plus the delay: queue too.
  if (txStart > ready) queueWait(w, client, stage, ready, txStart);
  served(w, client, stage, txStart, txEnd);
  if (arrive > txEnd + oneWay) queueWait(w, client, stage, txEnd + oneWay, arrive);
  return arrive;
}

/** Sends background bytes; each NIC's time is charged to its member's background busy. */
export function sendBackground(
  tx: Nic,
  txBg: Float64Array,
  txRes: number,
  rx: Nic,
  rxBg: Float64Array,
  rxRes: number,
  ready: number,
  bytes: number,
  oneWay: number,
): number {
  const arrive = transfer(tx, rx, ready, bytes, oneWay);
  bgTime(txBg, txRes, tx.time(bytes));
  bgTime(rxBg, rxRes, rx.time(bytes));
  return arrive;
}
