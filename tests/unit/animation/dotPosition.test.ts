import { describe, expect, test } from 'vitest';
import { createChainLayout } from '../../../src/lib/animation/chainLayout.ts';
import {
  dotPosition,
  pointAlong,
  queueSpot,
  servicePath,
  unitHash,
} from '../../../src/lib/animation/dotPosition.ts';
import { journeyPhase } from '../../../src/lib/animation/journeyPhase.ts';
import { S, STAGES } from '../../../workers/contract/stages.ts';
import { journeyFrom } from './fixture.ts';

const layout = createChainLayout(1000, 3, true);
const j = journeyFrom(
  42,
  0,
  { client: [1, 1], network: [0, 2], readIndex: [1, 1], response: [0, 1] },
  { client: 7, member: 2 },
);
const at = (t: number) => {
  const phase = journeyPhase(j, t);
  if (!phase) throw new Error(`not in flight at ${t}`);
  return dotPosition(layout, j, phase);
};

describe('where a dot is drawn', () => {
  test('the same request at the same time is always drawn at the same place', () => {
    expect(at(4.3)).toEqual(at(4.3));
  });

  test('a waiting request sits in the queue zone of its stage, in its member lane', () => {
    const p = at(4.5); // queued in readIndex (4..5 ms)
    const row = layout.rows[S.readIndex];
    const lane = layout.lanes[2];
    expect(p.y).toBeGreaterThanOrEqual(row.bandY0);
    expect(p.y).toBeLessThanOrEqual(row.queueY1);
    expect(p.x).toBeGreaterThan(lane.x0);
    expect(p.x).toBeLessThan(lane.x1);
  });

  test('while served a request moves down its stage as its service time passes', () => {
    const early = at(5.1); // served in readIndex (5..6 ms)
    const late = at(5.9);
    const row = layout.rows[S.readIndex];
    expect(late.y).toBeGreaterThan(early.y);
    expect(early.y).toBeGreaterThanOrEqual(row.queueY1);
    expect(late.y).toBeLessThanOrEqual(row.bandY1);
  });

  test('on the network the request passes through the load balancer to its member lane', () => {
    const path = servicePath(layout, j, S.network);
    expect(path[1]).toEqual(layout.lb);
    const lane = layout.lanes[2];
    const arrived = at(3.999);
    expect(arrived.x).toBeGreaterThan(lane.x0);
    expect(arrived.x).toBeLessThan(lane.x1);
    expect(at(2).x).toBeCloseTo(queueSpot(layout, j, S.client).x, 10);
  });

  test('half way along a polyline is measured by length', () => {
    const p = pointAlong(
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 30 },
      ],
      0.5,
    );
    expect(p).toEqual({ x: 10, y: 10 });
  });

  test('a request skipping stages jumps from the end of one row to the queue of the next', () => {
    const path = servicePath(layout, j, S.network);
    const end = path[path.length - 1];
    const next = queueSpot(layout, j, S.readIndex);
    expect(end.x).toBeCloseTo(next.x, 10);
    expect(next.y).toBeGreaterThan(end.y);
  });

  test('every stage row lies below the one before it', () => {
    for (let s = 1; s < STAGES.length; s++) {
      expect(layout.rows[s].y0).toBeGreaterThanOrEqual(layout.rows[s - 1].y1);
    }
  });

  test('the hash spreads ids over [0, 1)', () => {
    const values = Array.from({ length: 1000 }, (_, i) => unitHash(i));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const low = values.filter((v) => v < 0.5).length;
    expect(low).toBeGreaterThan(400);
    expect(low).toBeLessThan(600);
  });
});
