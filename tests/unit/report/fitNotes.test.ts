/**
 * The per-byte note in docs/calibration.md quotes figures derived from the loopback cluster's
 * measurements; they are derived here again, so the note cannot drift from the data it cites.
 */
import { describe, expect, test } from 'vitest';
import { FIT_NOTES } from '../../../report/fitNotes.ts';
import { linearizableExtras, loopbackExtraRange } from '../../../report/linearizableExtras.ts';
import { LOOPBACK_TABLE_A, LOOPBACK_VALUE } from '../../../workers/contract/calibrationLoopback.ts';

const KB = 1024;
const BASE_KB = 256 / KB;

/** µs per KB beyond a 256 B value: from a read's time at `bytes` and at 256 B. */
function perKB(timeUs: (ratio: number) => number, ratio: number, bytes: number): number {
  return (timeUs(ratio) - timeUs(1)) / (bytes / KB - BASE_KB);
}

describe('the per-byte fit note', () => {
  test('quotes the loopback cluster’s latency per KB at one client and CPU per KB at 100', () => {
    // One client on the leader: a read's latency is 1 / QPS.
    const c1 = LOOPBACK_TABLE_A['c1-leader'].s.qps;
    const latency = (r: number): number => 1e6 / (r * c1);
    // 100 clients spread, the two vCPUs busy: a read's CPU is 2 cores / QPS.
    const c100 = LOOPBACK_TABLE_A['c100-spread'].s.qps;
    const cpu = (r: number): number => (2 * 1e6) / (r * c100);
    const lat = [
      perKB(latency, LOOPBACK_VALUE['s-c1-1MiB'].value, 1024 * KB),
      perKB(latency, LOOPBACK_VALUE['s-c1-100KiB'].value, 100 * KB),
    ];
    const work = [
      perKB(cpu, LOOPBACK_VALUE['s-c100-1MiB'].value, 1024 * KB),
      perKB(cpu, LOOPBACK_VALUE['s-c100-100KiB'].value, 100 * KB),
    ];
    const range = ([lo, hi]: number[]): string => `${lo.toFixed(1)}–${hi.toFixed(1)} µs`;
    const note = FIT_NOTES.find((n) => n.includes('socketUsPerKB'));
    expect(note).toContain(`(${range(lat)} of that machine’s`);
    expect(note).toContain(`(${range(work)}), where every µs`);
    // The point of the note: under load a KB costs more than one client's latency shows.
    expect(work[0]).toBeGreaterThan(lat[0]);
    expect(work[1]).toBeGreaterThan(lat[1]);
  });
});

describe('the raw-compute note', () => {
  test('each source’s linearizable extra per read comes from its own figures', () => {
    const [lecture, io, loop] = linearizableExtras();
    // Lecture: 24 cores at 190,000 and 320,000 reads/s; etcd.io: 24 vCPUs at 141,578 and
    // 185,758; loopback (table A, 100 clients spread): 1.41 cores at 10,826/s, 1.16 at 11,899/s.
    expect(lecture.ownUs).toBeCloseTo(24e6 / 190_000 - 24e6 / 320_000, 6);
    expect(io.ownUs).toBeCloseTo(24e6 / 141_578 - 24e6 / 185_758, 6);
    expect(loop.ownUs).toBeCloseTo(1.41e6 / 10_826 - 1.16e6 / 11_899, 6);
    const note = FIT_NOTES.find((n) =>
      n.startsWith('Why the runtime work is taken as raw compute'),
    );
    expect(note).toContain(`≈ ${Math.round(lecture.ownUs)} µs; etcd.io the same way ≈ 40 µs`);
    expect(note).toContain(`≈ ${Math.round(loop.ownUs)} µs of member CPU measured`);
    expect(note).toContain('comes to 33–51 µs of each source’s own cores');
    // The seven paired experiments at 100 clients spread: 130/97 … 178/157 µs per read.
    expect(loopbackExtraRange()).toEqual([21, 46]);
    expect(note).toContain('table A, 21–46 over the seven paired experiments');
    // At the raw-compute speed (0.99 on both VMs): 40.3 × 0.99 and 32.8 × 0.99 µs.
    expect(note).toContain(
      'At each machine’s raw-compute speed (1, 0.99, 0.99) they ask ≈ 51, ≈ 40 and ≈ 32',
    );
    // At the core speed only etcd.io's differs: its vCPUs' per-message speed, fitted.
    expect(note).toContain(
      `at its core speed (1, 0.593, 0.99) ≈ 51, ≈ ${Math.round(io.ownUs * 0.593)} and ≈ 32`,
    );
    expect(note).not.toMatch(/\{\w+\}/);
  });
});
