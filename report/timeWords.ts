/**
 * How a kind of time reads, in English, in general and in the stages where we know which server
 * or lock it is (from the mechanisms that charge it: workers/model). The app has the same phrases
 * under `limiter.kind.*` and `limiter.phrase.*` in English and Chinese, picked by phraseKey.
 */
import type { StageId } from '../workers/contract/stages.ts';
import type { TimeKind } from '../workers/contract/timeKinds.ts';

export const KIND_WORDS: Record<TimeKind, string> = {
  lock: 'waiting for a lock',
  queue: 'waiting for a core, NIC, disk or loop',
  flight: 'on the wire or in raft',
  service: 'in service',
};

/** Phrases for a kind in a stage, where the stage says what it waits for. */
export const PHRASES = {
  'readIndex.queue':
    'waiting for the read loop (busy with an earlier round) or for a core or raft loop on the round’s path',
  'readIndex.flight': 'in the ReadIndex round trip between members',
  'applyWait.lock': 'waiting for the apply loop, held up by the BatchTx lock',
  'applyWait.queue': 'waiting for the apply loop to work through earlier entries',
  'authenticate.lock': 'waiting for the BatchTx lock',
  'authenticate.queue': 'waiting for a CPU core or a loop',
  'authenticate.service': 'in the bcrypt compare and its own work',
  'boltdb.lock': 'waiting for the readTx lock, which backend commits hold',
  'treeIndex.lock': 'waiting for the treeIndex lock',
  'network.queue': 'waiting for a NIC or a CPU core',
  'network.flight': 'on the wire',
  'response.queue': 'waiting for a NIC or a CPU core',
  'response.flight': 'on the wire',
} as const;

export type PhraseKey = keyof typeof PHRASES;

/** The specific phrase for `kind` in `stage`, or null when the general one applies. */
export function phraseKey(stage: StageId, kind: TimeKind): PhraseKey | null {
  const key = `${stage}.${kind}`;
  return key in PHRASES ? (key as PhraseKey) : null;
}

/** The kind in words, as specific as the stage allows. */
export function kindInStage(stage: StageId, kind: TimeKind): string {
  const key = phraseKey(stage, kind);
  return key === null ? KIND_WORDS[kind] : PHRASES[key];
}
