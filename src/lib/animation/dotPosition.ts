/**
 * Pixels for a request's phase: where its dot is drawn. With journeyPhase() this makes a dot's
 * position a pure function of (journey, simulated time, layout).
 *
 * Each request keeps a fixed horizontal place in its lane (a hash of its id) and its client keeps
 * a fixed place in the client host, so a dot does not jitter from frame to frame. In a stage it
 * waits in the upper part of the band (the queue zone), then moves down the service zone while it
 * is served; in the network row it passes through the load balancer to its member's lane.
 */
import type { Journey } from '../../../workers/contract/result.ts';
import { S } from '../../../workers/contract/stages.ts';
import type { ChainLayout } from './chainLayout.ts';
import type { Phase } from './journeyPhase.ts';

export interface Point {
  x: number;
  y: number;
}

/** A well-mixed hash of an integer into [0, 1) (a 32-bit integer finaliser). */
export function unitHash(n: number, salt = 0): number {
  let h = Math.imul((n | 0) ^ (salt * 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function laneX(layout: ChainLayout, journey: Journey): number {
  const lane = layout.lanes[Math.min(layout.lanes.length - 1, Math.max(0, journey.member))];
  const pad = Math.min(layout.dotRadius + 2, (lane.x1 - lane.x0) / 2);
  return lane.x0 + pad + unitHash(journey.id, 1) * (lane.x1 - lane.x0 - 2 * pad);
}

function clientX(layout: ChainLayout, journey: Journey): number {
  const pad = layout.dotRadius + 4;
  return (
    layout.lanesX0 + pad + unitHash(journey.client, 2) * (layout.lanesX1 - layout.lanesX0 - 2 * pad)
  );
}

/** Where the request waits in stage `stage`'s queue. */
export function queueSpot(layout: ChainLayout, journey: Journey, stage: number): Point {
  const row = layout.rows[stage];
  const x = stage <= S.network ? clientX(layout, journey) : laneX(layout, journey);
  const r = layout.dotRadius;
  const room = Math.max(0, row.queueY1 - row.bandY0 - 2 * r);
  return { x, y: row.bandY0 + r + unitHash(journey.id, 3) * room };
}

/** The path the request follows while stage `stage` serves it. */
export function servicePath(layout: ChainLayout, journey: Journey, stage: number): Point[] {
  const row = layout.rows[stage];
  const r = layout.dotRadius;
  if (stage < S.network) {
    const x = clientX(layout, journey);
    return [
      { x, y: row.queueY1 },
      { x, y: row.bandY1 - r },
    ];
  }
  if (stage === S.network) {
    return [
      { x: clientX(layout, journey), y: row.queueY1 },
      { x: layout.lb.x, y: layout.lb.y },
      { x: laneX(layout, journey), y: row.bandY1 - r },
    ];
  }
  const x = laneX(layout, journey);
  return [
    { x, y: row.queueY1 },
    { x, y: row.bandY1 - r },
  ];
}

/** The point a fraction `t` (0..1) of the way along a polyline, by length. */
export function pointAlong(points: readonly Point[], t: number): Point {
  if (points.length === 1 || t <= 0) return points[0];
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total === 0 || t >= 1) return points[points.length - 1];
  let left = t * total;
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i]) {
      const f = lengths[i] === 0 ? 0 : left / lengths[i];
      const a = points[i];
      const b = points[i + 1];
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    }
    left -= lengths[i];
  }
  return points[points.length - 1];
}

function entryOf(layout: ChainLayout, journey: Journey, stage: number): Point {
  if (stage >= layout.rows.length) return exitOf(layout, journey, layout.rows.length - 1);
  return queueSpot(layout, journey, Math.max(0, stage));
}

function exitOf(layout: ChainLayout, journey: Journey, stage: number): Point {
  if (stage < 0) return entryOf(layout, journey, 0);
  const path = servicePath(layout, journey, stage);
  return path[path.length - 1];
}

/** Where the dot of `journey` is drawn in `phase`. */
export function dotPosition(layout: ChainLayout, journey: Journey, phase: Phase): Point {
  switch (phase.kind) {
    case 'queue':
      return queueSpot(layout, journey, phase.stage);
    case 'service':
      return pointAlong(servicePath(layout, journey, phase.stage), phase.progress);
    case 'between':
      return pointAlong(
        [exitOf(layout, journey, phase.from), entryOf(layout, journey, phase.to)],
        phase.progress,
      );
  }
}
