/**
 * What a chain on screen plays, shared by the full lab's ChainView and an embed's EmbedChain: an
 * AnimationDriver on the page's frames (browserFrames.ts), what the diagram draws at the
 * driver's time (queue bars) and for the whole run (chainMarks.ts), each
 * experiment's own pace, and motion that starts by itself unless the reader asked for less of it
 * and stops while the tab is hidden or the figure is off screen.
 *
 * Made while a component initialises: its effects are that component's, in this order — pace,
 * window, motion, off screen.
 */
import type { Journey, SimResult } from '../../../workers/contract/result.ts';
import { STAGES } from '../../../workers/contract/stages.ts';
import { AnimationDriver } from './driver.svelte.ts';
import { chainFrames } from './browserFrames.ts';
import { sampleWindow, typicalLatencyMs } from './journeyPhase.ts';
import { chainMarks, type ChainMarks } from './chainMarks.ts';
import { bucketAt, loadInBucket, type StageLoad } from './occupancyAt.ts';
import { speedForExperiment } from './speedScale.ts';
import { REDUCED_MOTION, watchMedia, watchOffscreen, watchPageHidden } from './visibility.ts';

export interface ChainPlaybackOptions {
  /** The run the chain shows. */
  result: () => SimResult | null;
  /** The figure: off screen, it stops asking for frames. */
  figure: () => HTMLElement | undefined;
  /** Sets an experiment's default speed (the driver's speed unless the chain says otherwise). */
  pace?: (speed: number) => void;
  /** Sets the driver's window, as an effect; the sampled journeys' window (loopSample) if none. */
  loop?: () => void;
}

export interface ChainPlayback {
  readonly driver: AnimationDriver;
  /** The reader asked for less motion: the picture holds still until play is pressed. */
  readonly reducedMotion: boolean;
  readonly journeys: Journey[];
  /** The latency of the experiment's typical request (its P50), ms: it sets the default speed. */
  readonly typicalMs: number | null;
  /** What the diagram marks for this run (chainMarks.ts). */
  readonly marks: ChainMarks;
  /** Each stage's load at the driver's time: the queue bars. */
  readonly loads: StageLoad[];
  /** Loops over the sampled journeys' window; under reduced motion, holds its middle. */
  loopSample(): void;
}

export function chainPlayback({ result, figure, pace, loop }: ChainPlaybackOptions): ChainPlayback {
  const frames = chainFrames();
  const driver = new AnimationDriver(frames.frames, frames);
  let reducedMotion = $state(false);
  const journeys = $derived(result()?.journeys ?? []);
  const typicalMs = $derived(typicalLatencyMs(result()?.summary, journeys));
  const marks = $derived(chainMarks(result()));
  const r = $derived(result());
  const bucket = $derived(r ? bucketAt(r.occupancy, driver.now) : -1);
  const loads = $derived(r ? loadInBucket(r.occupancy, bucket, STAGES.length) : []);
  /** The result whose default speed was last set (plain, so setting it tracks nothing). */
  let pacedFor: SimResult | null = null;

  function loopSample(): void {
    const w = sampleWindow(journeys);
    driver.setWindow(w);
    if (reducedMotion) driver.seek((w.fromMs + w.toMs) / 2);
  }

  // Each new experiment plays at its own pace: a typical request crosses the chain in a few
  // seconds (µs reads and 16 s logins alike); the slider moves from there.
  $effect(() => {
    if (!r || r === pacedFor) return;
    pacedFor = r;
    const speed = speedForExperiment(typicalMs);
    if (pace) pace(speed);
    else driver.setSpeed(speed);
  });

  // Loop over the sampled window; a still frame under reduced motion.
  $effect(loop ?? loopSample);

  // Motion starts by itself unless the reader asked for less of it; a hidden tab pauses it.
  $effect(() => {
    let first = true;
    const stopMotion = watchMedia(REDUCED_MOTION, (reduce) => {
      reducedMotion = reduce;
      if (reduce) driver.pause();
      else if (first) driver.play();
      first = false;
    });
    const stopHidden = watchPageHidden((hidden) => driver.setHidden(hidden));
    return () => {
      stopMotion();
      stopHidden();
      driver.dispose();
    };
  });

  // Off screen, the figure stops asking for frames.
  $effect(() => {
    const el = figure();
    if (!el) return;
    return watchOffscreen(el, (offscreen) => driver.setOffscreen(offscreen));
  });

  return {
    driver,
    get reducedMotion() {
      return reducedMotion;
    },
    get journeys() {
      return journeys;
    },
    get typicalMs() {
      return typicalMs;
    },
    get marks() {
      return marks;
    },
    get loads() {
      return loads;
    },
    loopSample,
  };
}
