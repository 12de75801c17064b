/**
 * Number formatting for people: durations, rates, counts, fractions. Formatting only — nothing
 * here computes performance; every number comes from a SimResult or the Scenario.
 */
import { numberFormat } from './i18n/numberFormat.ts';

export type Locale = 'en' | 'zh';

/** A number with at most `digits` significant digits, grouped the way the language groups them. */
export function sig(value: number, lang: Locale, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(lang, { maximumSignificantDigits: digits }).format(value);
}

/** A whole count, grouped: 320,000. */
export function count(value: number, lang: Locale): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(Math.round(value));
}

/** A rate: whole numbers when large, a few significant digits when small (8.4, 1,163, 320,000). */
export function rate(value: number, lang: Locale): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1000) return count(value, lang);
  return sig(value, lang, 3);
}

export interface Duration {
  value: string;
  unit: 'µs' | 'ms' | 's';
}

/** Picks µs, ms or s so the number reads naturally (0.004 ms → 4 µs, 18,000 ms → 18 s). */
export function duration(ms: number, lang: Locale): Duration {
  if (!Number.isFinite(ms)) return { value: '—', unit: 'ms' };
  const abs = Math.abs(ms);
  // Under a nanosecond is a mean's rounding residue (a queue of 9.16e-19 ms printed as
  // "0.000000000000000916 µs" in the A/B stage table): nothing in a read takes that little.
  if (ms > 0 && ms < 1e-6) return { value: `<${sig(0.001, lang)}`, unit: 'µs' };
  if (abs > 0 && abs < 0.1) return { value: sig(ms * 1000, lang), unit: 'µs' };
  if (abs >= 10_000) return { value: sig(ms / 1000, lang), unit: 's' };
  return { value: sig(ms, lang), unit: 'ms' };
}

export function durationText(ms: number, lang: Locale): string {
  const d = duration(ms, lang);
  return `${d.value} ${d.unit}`;
}

/**
 * A fraction 0..1 as a percentage, the way the language writes one: 0.934 → 93.4%, 0.0042 →
 * 0.42%. Intl places the sign, so no language's spacing is hard-coded here.
 */
export function percent(fraction: number, lang: Locale): string {
  if (!Number.isFinite(fraction)) return '—';
  const p = fraction * 100;
  const digits = p !== 0 && Math.abs(p) < 1 ? 2 : 3;
  return numberFormat(lang, { style: 'percent', maximumSignificantDigits: digits }).format(
    fraction,
  );
}

/** A size in bytes with binary units as etcd's docs write them: 256 B, 4 KiB, 1.5 MiB. */
export function bytesText(bytes: number, lang: Locale): string {
  if (!Number.isFinite(bytes)) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB'] as const;
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return `${sig(v, lang, 3)} ${units[u]}`;
}
