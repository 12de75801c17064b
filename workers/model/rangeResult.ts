/**
 * What a range answers with, by the scenario's rangeResult (etcd 3.4/3.5, mvcc/kvstore_txn.go
 * rangeKeys and etcdserver/apply.go Range):
 * - values: every key's KeyValue, read from boltdb, marshalled and sent;
 * - keys-only: the same reads from boltdb (apply.go clears the values only after the range), but
 *   the response carries the keys alone;
 * - count-only: the treeIndex walk collects the matching revisions and the range returns their
 *   count, before any boltdb read; the response is one number.
 */
import type { Scenario } from '../contract/scenario.ts';

/** Bytes per key in a response beyond its value: key, revisions, version, framing. [inference] */
export const KEY_OVERHEAD = 16;
/** Bytes of a count-only response (header and count). [inference] */
const COUNT_BYTES = 16;

type RangeFields = Pick<Scenario, 'keysPerRange' | 'valueBytes' | 'rangeResult'>;

/** Payload bytes of one range's response. */
export function responsePayload(s: RangeFields): number {
  if (s.rangeResult === 'count-only') return COUNT_BYTES;
  const perKey = s.rangeResult === 'keys-only' ? KEY_OVERHEAD : s.valueBytes + KEY_OVERHEAD;
  return s.keysPerRange * perKey;
}

/** KeyValues in one range's response (each one the client unmarshals). */
export function responseKeys(s: RangeFields): number {
  return s.rangeResult === 'count-only' ? 0 : s.keysPerRange;
}

/** Does the range read the matching entries from boltdb? */
export function readsBackend(s: RangeFields): boolean {
  return s.rangeResult !== 'count-only';
}
