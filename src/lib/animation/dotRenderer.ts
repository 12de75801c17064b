/**
 * The one imperative canvas renderer for request dots, mounted once. Svelte hands it a scene
 * (journeys, layout, followed request) when those change; the driver calls `draw(t)` every frame.
 * Nothing here is reactive and nothing is kept per dot: each frame recomputes every position from
 * (journey, t), so a paused, stepped or reduced-motion frame is exactly the frame at that time.
 *
 * Shape carries the state as well as colour (colour-blind safe twice over): a ring waits (for a
 * lock or a server), a filled dot moves (on the wire or in raft, or in service).
 */
import type { Journey } from '../../../workers/contract/result.ts';
import type { ChainLayout } from './chainLayout.ts';
import { dotPosition } from './dotPosition.ts';
import { journeyPhase, type Phase } from './journeyPhase.ts';

export interface DotColours {
  lock: string;
  queue: string;
  flight: string;
  service: string;
  error: string;
  /** Outline of the followed request's dot. */
  outline: string;
}

export interface DotScene {
  journeys: readonly Journey[];
  layout: ChainLayout;
  /** The followed request's id; the others are drawn faint. */
  followId: number | null;
}

/** Opacity of the other requests while one is followed. */
const BACKGROUND_ALPHA = 0.14;

/** The dot colours from CSS custom properties on `el` (they follow the light/dark theme). */
export function readDotColours(el: Element): DotColours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    lock: v('--chain-lock', '#cc79a7'),
    queue: v('--chain-queue', '#e69f00'),
    flight: v('--chain-flight', '#009e73'),
    service: v('--chain-service', '#0072b2'),
    error: v('--chain-error', '#d55e00'),
    outline: v('--text', '#1d1d1f'),
  };
}

export class DotRenderer {
  #canvas: HTMLCanvasElement;
  #ctx: CanvasRenderingContext2D;
  #scene: DotScene | null = null;
  #colours: DotColours = {
    lock: '#cc79a7',
    queue: '#e69f00',
    flight: '#009e73',
    service: '#0072b2',
    error: '#d55e00',
    outline: '#1d1d1f',
  };
  #dpr = 1;

  constructor(canvas: HTMLCanvasElement) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a 2D canvas');
    this.#canvas = canvas;
    this.#ctx = ctx;
  }

  setScene(scene: DotScene): void {
    this.#scene = scene;
    const { width, height } = scene.layout;
    const dpr = Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (this.#canvas.width !== w || this.#canvas.height !== h || this.#dpr !== dpr) {
      this.#canvas.width = w;
      this.#canvas.height = h;
      this.#dpr = dpr;
    }
  }

  setColours(colours: DotColours): void {
    this.#colours = colours;
  }

  /** Draw every sampled request in flight at simulated time `t`; returns how many were drawn. */
  draw(t: number): number {
    const ctx = this.#ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.#canvas.width, this.#canvas.height);
    const scene = this.#scene;
    if (!scene) return 0;
    ctx.setTransform(this.#dpr, 0, 0, this.#dpr, 0, 0);
    const r = scene.layout.dotRadius;
    let drawn = 0;
    let followed: Journey | null = null;
    ctx.globalAlpha = scene.followId === null ? 0.9 : BACKGROUND_ALPHA;
    for (const j of scene.journeys) {
      if (j.id === scene.followId) {
        followed = j;
        continue;
      }
      if (this.#dot(j, t, r, scene.layout)) drawn++;
    }
    ctx.globalAlpha = 1;
    if (followed && this.#dot(followed, t, r * 1.9, scene.layout, true)) drawn++;
    return drawn;
  }

  #dot(j: Journey, t: number, r: number, layout: ChainLayout, outlined = false): boolean {
    const phase = journeyPhase(j, t);
    if (!phase) return false;
    const { x, y } = dotPosition(layout, j, phase);
    const ctx = this.#ctx;
    const c = this.#colours;
    const colour = j.error ? c.error : colourOf(phase, c);
    ctx.beginPath();
    ctx.arc(x, y, phase.kind === 'queue' ? r - 0.75 : r, 0, Math.PI * 2);
    if (phase.kind === 'queue') {
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = colour;
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
    }
    if (outlined) {
      ctx.beginPath();
      ctx.arc(x, y, r + 3, 0, Math.PI * 2);
      ctx.lineWidth = 2;
      ctx.strokeStyle = c.outline;
      ctx.stroke();
    }
    return true;
  }
}

/** A waiting ring is purple for a lock, orange for a server; a moving dot green on the wire or
 *  in raft, blue in service. */
function colourOf(phase: Phase, c: DotColours): string {
  if (phase.kind === 'queue') return phase.wait === 'lock' ? c.lock : c.queue;
  if (phase.kind === 'service') return phase.time === 'flight' ? c.flight : c.service;
  return c.service;
}
