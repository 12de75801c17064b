import { describe, expect, test } from 'vitest';
import {
  PICK_REACH_PX,
  pickPoint,
  readoutAt,
  type ChartBound,
  type ChartLine,
} from '../../../../src/lib/sweep/chartSeries.ts';

const line = (id: string, points: [number, number][], first = 0): ChartLine => ({
  id,
  label: `${id} label`,
  color: `var(--${id})`,
  width: 2,
  marker: 'circle',
  points: points.map(([x, y], i) => ({ x, y, index: first + i })),
});
const bound = (id: string, segments: [number, number][][]): ChartBound => ({
  id,
  label: `${id} bound`,
  color: `var(--${id})`,
  segments: segments.map((s) => s.map(([x, y]) => ({ x, y }))),
});

describe('the hover read-out', () => {
  test('lists every curve, then every bound, that has a value at the swept value', () => {
    const lines = [
      line('a', [
        [10, 1],
        [20, 2],
      ]),
      line('b', [[10, 3]]),
    ];
    const bounds = [bound('a', [[[10, 5]], [[20, 6]]]), bound('b', [[[20, 7]]])];
    expect(readoutAt(lines, bounds, 20)).toEqual({
      x: 20,
      rows: [
        { label: 'a label', color: 'var(--a)', y: 2 },
        { label: 'a bound', color: 'var(--a)', y: 6 },
        { label: 'b bound', color: 'var(--b)', y: 7 },
      ],
    });
  });

  test('keeps a value of 0: zero is a reading, not a missing one', () => {
    expect(readoutAt([line('a', [[10, 0]])], [], 10).rows).toEqual([
      { label: 'a label', color: 'var(--a)', y: 0 },
    ]);
  });

  test('has no rows at a value no series reached', () => {
    expect(readoutAt([line('a', [[10, 1]])], [bound('a', [[[10, 2]]])], 30).rows).toEqual([]);
  });
});

describe('picking a point with a click', () => {
  // Identity placement: a point's pixels are its values.
  const toPx = (p: { x: number; y: number }) => ({ x: p.x, y: p.y });

  test('picks the nearest point over every curve', () => {
    const lines = [
      line('a', [
        [0, 0],
        [100, 0],
      ]),
      line(
        'b',
        [
          [50, 50],
          [90, 10],
        ],
        2,
      ),
    ];
    expect(pickPoint(lines, toPx, 91, 9)?.index).toBe(3);
    expect(pickPoint(lines, toPx, 3, 4)?.index).toBe(0);
  });

  test('picks nothing beyond a finger’s reach, and a point exactly at it', () => {
    const lines = [line('a', [[0, 0]])];
    expect(pickPoint(lines, toPx, PICK_REACH_PX, 0)?.index).toBe(0);
    expect(pickPoint(lines, toPx, PICK_REACH_PX + 0.01, 0)).toBeNull();
    expect(pickPoint([], toPx, 0, 0)).toBeNull();
  });

  test('gives a tie to the point drawn first', () => {
    const lines = [line('a', [[-10, 0]]), line('b', [[10, 0]], 1)];
    expect(pickPoint(lines, toPx, 0, 0)?.index).toBe(0);
  });

  test('measures on screen, through the placement', () => {
    // A log-like placement squeezes x: 1000 lands 10 px from the click, 20 lands 20 px away.
    const lines = [
      line('a', [
        [20, 0],
        [1000, 0],
      ]),
    ];
    const squeezed = (p: { x: number; y: number }) => ({ x: p.x === 1000 ? 30 : 0, y: p.y });
    expect(pickPoint(lines, squeezed, 20, 0)?.index).toBe(1);
  });
});
