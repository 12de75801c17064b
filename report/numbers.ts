/**
 * Plain number spellings for the prose and tables around the benchmark report. Locale-free on
 * purpose: the CLI output must be the same on every machine, so no toLocaleString.
 */

/** An integer with commas between thousands: 195122 → "195,122". Rounds to the nearest integer. */
export function grouped(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const digits = Math.abs(Math.round(x)).toString();
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return x < 0 && Math.round(x) !== 0 ? `-${withCommas}` : withCommas;
}

/** Three significant digits below 100 (0.0410, 2.50, 62.5), a grouped integer from 100 up. */
export function short(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 100) return grouped(x);
  if (x === 0) return '0';
  return x.toPrecision(3);
}
