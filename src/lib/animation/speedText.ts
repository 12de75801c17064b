/**
 * The playback speed in words. Chinese names a part of real time without 倍 ("实际速度的
 * 1/590"; "1/590 倍" reads as a multiple) and a multiple with it ("实际速度的 5.3 倍"), so a
 * speed below real time has a sentence of its own.
 */
import type { Translate } from '../i18n/i18n.svelte.ts';
import { speedFraction } from './speedScale.ts';

export function speedText(t: Translate, speed: number): string {
  const fraction = speedFraction(speed);
  return t(fraction.startsWith('1/') ? 'chain.speedValueSlow' : 'chain.speedValue', { fraction });
}
