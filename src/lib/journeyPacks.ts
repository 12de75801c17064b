/**
 * Results arrive from the simulation worker with their journeys packed (workers/contract/
 * journeyWire.ts, issue 16). The page unpacks them once and remembers the packed form, so the
 * chain can hand the same journeys to the dots worker as one typed array instead of cloning
 * ~20,000 objects on the page's thread again.
 */
import type { Journey, SimResult } from '../../workers/contract/result.ts';
import {
  packJourneys,
  unpackJourneys,
  type PackedJourneys,
} from '../../workers/contract/journeyWire.ts';
import type { PackedResult } from '../../workers/api.ts';

const packs = new WeakMap<readonly Journey[], PackedJourneys>();

/** The result with its journeys as objects again (the same result the model returned). */
export function unpackResult(packed: PackedResult): SimResult {
  const journeys = unpackJourneys(packed.journeys);
  packs.set(journeys, packed.journeys);
  return { ...packed, journeys };
}

/** `journeys` packed: remembered from the result they came with, or packed now. */
export function packedFor(journeys: readonly Journey[]): PackedJourneys {
  let p = packs.get(journeys);
  if (p === undefined) {
    p = packJourneys(journeys);
    packs.set(journeys, p);
  }
  return p;
}
