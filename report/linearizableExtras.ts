// The linearizable extra per read that each calibration source measured, derived from the figures
// copied into workers/contract: quoted by the calibration notes (fitNotes.ts).
import { ARTICLE_FIGURES } from '../workers/contract/calibration.ts';
import { ETCD_IO_ROWS } from '../workers/contract/calibrationEtcdIo.ts';
import {
  LOOPBACK_CPU_PER_READ,
  LOOPBACK_TABLE_A,
} from '../workers/contract/calibrationLoopback.ts';
import { PROFILES, type ProfileName } from '../workers/contract/profiles.ts';

/** One source's linearizable extra per read at high concurrency: µs of its own cores. */
export interface Extra {
  profile: ProfileName;
  ownUs: number;
}

/** µs of `cores` per read at `qps`. */
const usPerRead = (cores: number, qps: number): number => (cores / qps) * 1e6;

/**
 * The linearizable extra per read each source measured at high concurrency, µs of its own
 * cores: the lecture's and etcd.io's from their 1,000-client QPS on saturated members (all
 * cores ÷ QPS, linearizable less serializable), the loopback cluster's from its members' CPU.
 */
export function linearizableExtras(): Extra[] {
  const qps = (id: string): number => {
    const f = ARTICLE_FIGURES.find((x) => x.id === id);
    if (f?.expect.qps === undefined) throw new Error(`no article figure ${id} with a QPS`);
    return f.expect.qps;
  };
  const cores = (p: ProfileName): number =>
    PROFILES[p].machine.members * PROFILES[p].machine.serverCores;
  const io = ETCD_IO_ROWS;
  const a = LOOPBACK_TABLE_A['c100-spread'];
  return [
    {
      profile: 'article-3x8c',
      ownUs:
        usPerRead(cores('article-3x8c'), qps('linearizable-1000c')) -
        usPerRead(cores('article-3x8c'), qps('serializable-1000c')),
    },
    {
      profile: 'etcd-io-gce',
      ownUs:
        usPerRead(cores('etcd-io-gce'), io['l-1000c'].qps) -
        usPerRead(cores('etcd-io-gce'), io['s-1000c'].qps),
    },
    {
      profile: 'loopback-2vcpu',
      ownUs: usPerRead(a.l.serverCores, a.l.qps) - usPerRead(a.s.serverCores, a.s.qps),
    },
  ];
}

/** The loopback cluster's extra per read at 100 clients spread over its seven experiments, µs. */
export function loopbackExtraRange(): [number, number] {
  const m = LOOPBACK_CPU_PER_READ['members.c100-spread'];
  const x = m.l.map((l, i) => l - m.s[i]);
  return [Math.min(...x), Math.max(...x)];
}
