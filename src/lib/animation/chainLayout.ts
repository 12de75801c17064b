/**
 * The geometry of the chain, computed once per (width, cluster) and shared by the SVG markup and
 * the canvas dot renderer, so a dot always lands on the row and lane the markup draws.
 *
 * The chain reads top to bottom like a trace: the client host, the load balancer, then one
 * column per member (leader, followers, learner) crossed by one row per stage in STAGES order.
 * Wide screens put the labels in a left column; phones (compact) put each label above its row,
 * so the lanes keep the whole width and nothing needs horizontal scrolling.
 */
import { FIRST_LEADER } from '../../../workers/contract/leader.ts';
import { bandScale } from '../scales.ts';
import { STAGES } from '../../../workers/contract/stages.ts';
import { wrapText } from './wrapText.ts';

export type MemberRole = 'leader' | 'follower' | 'learner';

export interface Lane {
  member: number;
  role: MemberRole;
  x0: number;
  x1: number;
  cx: number;
}

export interface Row {
  /** Index in STAGES. */
  stage: number;
  /** Top and bottom of the whole row (label and band), px. */
  y0: number;
  y1: number;
  /** The band where dots live: a queue zone (bandY0..queueY1) above a service zone. */
  bandY0: number;
  queueY1: number;
  bandY1: number;
  /** Baseline of the translated short label, and of each wrapped line of etcd's step name. */
  labelX: number;
  labelY: number;
  stepLines: { text: string; y: number }[];
  /** Top-left of the queue bar (QUEUE_BAR_HEIGHT tall); its two lines of counters sit below it. */
  barY: number;
  /** Baselines of the two counter lines under the queue bar, px; both inside the row. */
  countY: [number, number];
}

export interface ChainLayout {
  width: number;
  height: number;
  compact: boolean;
  lanes: Lane[];
  /** Horizontal extent of the lanes (and of the client host box). */
  lanesX0: number;
  lanesX1: number;
  rows: Row[];
  /** The member header band (role names above the lanes). */
  headerY0: number;
  headerY1: number;
  /** Centre of the load balancer drawn in the network row. */
  lb: { x: number; y: number };
  /** Queue-bar column. */
  barX: number;
  barWidth: number;
  /** Baseline of the "back to the client" note. */
  footerY: number;
  dotRadius: number;
  /** Lanes too narrow for "follower": headers use one-letter roles, explained in the legend. */
  shortRoles: boolean;
}

/** Below this width the labels go above their rows. */
export const COMPACT_BELOW = 720;
/** Advance of one character of the 10.5 px monospace step names, px. */
const MONO_CHAR = 6.4;
const LABEL_LINE = 16;
/** Narrowest lane whose header fits a role name ("follower" at 10.5–12 px), px. */
const ROLE_NAME_WIDTH = 56;
/** Column titles above the rows (wide screens only). */
export const TITLE_HEIGHT = 22;
/** Member header: role, index, and room for a bottleneck badge. */
const HEADER_HEIGHT = 50;
const STEP_LINE = 13;
/**
 * Height of a stage's queue bar, px. QueueBars.svelte writes it as a literal: a static attribute
 * is part of the template, a bound one costs code on the first load (issue 16).
 */
export const QUEUE_BAR_HEIGHT = 8;

/** A lane's role. The chain is drawn from the scenario, before any result: the leader it starts with. */
export function roleOf(member: number, members: number): MemberRole {
  if (member === FIRST_LEADER) return 'leader';
  return member < members ? 'follower' : 'learner';
}

export interface ChainLayoutOptions {
  /**
   * For an embedded figure that must fit a small frame: labels always beside the rows, without
   * etcd's step names (the full lab shows them), and thinner rows. Its height does not depend on
   * the width, so a frame can be filled by choosing the width alone (embedFit.ts).
   */
  dense?: boolean;
}

/** Row band heights of a dense layout, px: the network row holds the load balancer. */
const DENSE_BAND = 24;
const DENSE_NETWORK_BAND = 36;

export function createChainLayout(
  width: number,
  members: number,
  learner: boolean,
  options: ChainLayoutOptions = {},
): ChainLayout {
  const dense = options.dense === true;
  const w = Math.max(280, width);
  const compact = !dense && w < COMPACT_BELOW;
  const laneCount = Math.max(1, members) + (learner ? 1 : 0);

  // Columns: labels | lanes | queue bars (labels move above the rows when compact).
  const labelWidth = compact
    ? 0
    : dense
      ? Math.min(220, Math.max(150, w * 0.2))
      : Math.min(300, Math.max(190, w * 0.25));
  const barWidth = compact ? 76 : Math.min(170, Math.max(dense ? 100 : 120, w * 0.14));
  const barX = w - barWidth;
  const lanesX0 = compact ? 4 : labelWidth + 16;
  const lanesX1 = barX - (compact ? 10 : 18);

  const laneIds = Array.from({ length: laneCount }, (_, i) => i);
  const band = bandScale(laneIds, [lanesX0, lanesX1], 0.12);
  const lanes: Lane[] = laneIds.map((member) => {
    const x0 = band(member) ?? lanesX0;
    return {
      member,
      role: roleOf(member, members),
      x0,
      x1: x0 + band.bandwidth,
      cx: x0 + band.bandwidth / 2,
    };
  });

  // Rows, top to bottom; the member header sits between the network row and the member rows.
  const stepChars = (compact ? w - 8 : labelWidth - 8) / MONO_CHAR;
  const rows: Row[] = [];
  let y = compact ? 0 : TITLE_HEIGHT;
  let headerY0 = 0;
  let headerY1 = 0;
  STAGES.forEach((stage, i) => {
    if (i === 2) {
      headerY0 = y;
      headerY1 = y + HEADER_HEIGHT;
      y = headerY1;
    }
    const lines = dense ? [] : wrapText(stage.step, stepChars);
    const labelBlock = LABEL_LINE + lines.length * STEP_LINE + 6;
    const bandHeight = dense
      ? i === 1
        ? DENSE_NETWORK_BAND
        : DENSE_BAND
      : i === 1
        ? 64
        : compact
          ? 40
          : 44;
    const y0 = y;
    const bandY0 = compact ? y0 + labelBlock + 4 : y0 + 6;
    const bandY1 = bandY0 + Math.max(bandHeight, compact || dense ? 0 : labelBlock - 6);
    const y1 = bandY1 + 6;
    const labelY = y0 + 15;
    rows.push({
      stage: i,
      y0,
      y1,
      bandY0,
      queueY1: bandY0 + (bandY1 - bandY0) * 0.4,
      bandY1,
      labelX: 4,
      labelY,
      stepLines: lines.map((text, k) => ({ text, y: labelY + LABEL_LINE + k * STEP_LINE - 2 })),
      // A dense row is 36 px from top to bottom (a 24 px band and 6 px either side). At the full
      // layout's places (bar 10 px below the row's top, counter lines 21 and 33 px below the bar)
      // each stage's second line of counters fell 7 px into the next stage's row; a dense row
      // starts its bar 3 px below its top and sets the 10.5 px lines 11 px apart. Numbers written
      // in place: the chain is on the first load (issue 16).
      barY: dense ? y0 + 3 : bandY0 + 4,
      countY: dense ? [y0 + 22, y0 + 33] : [bandY0 + 25, bandY0 + 37],
    });
    y = y1;
  });

  const network = rows[1];
  return {
    width: w,
    height: y + 24,
    compact,
    lanes,
    lanesX0,
    lanesX1,
    rows,
    headerY0,
    headerY1,
    lb: { x: (lanesX0 + lanesX1) / 2, y: (network.queueY1 + network.bandY1) / 2 },
    barX,
    barWidth,
    footerY: y + 16,
    dotRadius: compact ? 3 : 3.5,
    shortRoles: band.bandwidth < ROLE_NAME_WIDTH,
  };
}
