/**
 * Comparisons in words, in the reader's language: "read mode: linearizable → serializable", a
 * signed change "+84%", a ratio "×1.84", and what a baseline is called in "+84% vs …".
 */
import type { Scenario } from '../../../workers/contract/scenario.ts';
import { isProfileName } from '../../../workers/contract/profiles.ts';
import { bytesText, type Locale } from '../format.ts';
import type { MessageKey } from '../i18n/en.ts';
import { numberFormat } from '../i18n/numberFormat.ts';
import { paramLabel, paramUnit, profileLabel, valueText } from '../paramText.ts';
import type { BaselineKind } from './baseline.svelte.ts';
import type { FieldChange } from './delta.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

function fieldLabel(t: Translate, field: keyof Scenario): string {
  return field === 'profile' ? t('controls.profile.label') : paramLabel(t, field);
}

/**
 * Numbers whose unit is a count the label already names ("Clients: 1,000 → 10", not "→ 10
 * clients", which also reads "1 clients"); the others are measures and carry their unit.
 */
const COUNTED: ReadonlySet<keyof Scenario> = new Set<keyof Scenario>([
  'clients',
  'conns',
  'endpoints',
  'total',
  'members',
  'rbacRules',
  'keysPerRange',
  'totalKeys',
  'serverCores',
  'clientCores',
]);
/** Numbers for which 0 means the mechanism is off (the controls say so in their unit's legend). */
const ZERO_IS_OFF: ReadonlySet<keyof Scenario> = new Set<keyof Scenario>(['rate', 'compactionMs']);

function shownValue(
  t: Translate,
  lang: Locale,
  field: keyof Scenario,
  value: FieldChange['from'],
): string {
  if (field === 'profile') return isProfileName(value) ? profileLabel(t, value) : String(value);
  const text = valueText(t, lang, field, value);
  if (typeof value !== 'number' || COUNTED.has(field)) return text;
  if (value === 0 && ZERO_IS_OFF.has(field)) return t('controls.off');
  // Sizes as etcd's docs write them: 1 MiB, not 1,048,576 bytes (nor "1 bytes").
  if (field === 'valueBytes' || field === 'writeValueBytes') return bytesText(value, lang);
  // The unit without the controls' legend: "req/s (0 = no limit)" → "req/s".
  const unit = paramUnit(t, field).replace(/\s*[(（].*$/, '');
  return unit === '' ? text : `${text} ${unit}`;
}

/**
 * "Read mode: linearizable (etcd's default) → serializable"; a measure with its unit on both
 * sides ("Member ↔ member RTT: 0.15 ms → 40 ms", "Rate limit: 500 req/s → off").
 */
export function changeText(t: Translate, lang: Locale, c: FieldChange): string {
  return t('compare.change', {
    label: fieldLabel(t, c.field),
    from: shownValue(t, lang, c.field, c.from),
    to: shownValue(t, lang, c.field, c.to),
  });
}

/** Up to `max` changes in words, then "and n more". */
export function changesText(t: Translate, lang: Locale, changes: FieldChange[], max = 3): string {
  const shown = changes.slice(0, max).map((c) => changeText(t, lang, c));
  if (changes.length > max) shown.push(t('compare.more', { n: changes.length - max }));
  return shown.join(t('compare.separator'));
}

/**
 * What the baseline is called after "vs": the old value when one field changed ("linearizable
 * (etcd's default)", "Clients 1,000"), otherwise which baseline it is.
 */
export function baselineName(
  t: Translate,
  lang: Locale,
  kind: BaselineKind | 'a',
  changes: FieldChange[],
): string {
  if (changes.length === 1) {
    const c = changes[0];
    const value = shownValue(t, lang, c.field, c.from);
    return typeof c.from === 'string' && c.field !== 'profile'
      ? value
      : t('compare.vsField', { label: fieldLabel(t, c.field), value });
  }
  return t(`compare.vs.${kind}`);
}

/**
 * A relative change with its sign: +84%, −3.2%, 0%. Beyond a doubling or a halving a percentage
 * stops reading well (+305,814 %) or lies by rounding (12.5 after 189,645 req/s is −99.993 %, which
 * shows as −100 %, as if nothing got through), so those changes are written as factors: ×3,059 and
 * ÷15,200.
 */
export function signedPercent(change: number, lang: Locale): string {
  if (!Number.isFinite(change)) return '—';
  const ratio = 1 + change;
  if (ratio >= 2) return factor(ratio, lang);
  if (ratio > 0 && ratio <= 0.5) {
    return `÷${numberFormat(lang, { maximumSignificantDigits: 3 }).format(1 / ratio)}`;
  }
  const digits = Math.abs(change) < 0.1 ? 1 : 0;
  // Intl writes the sign as a hyphen (U+002D); a minus sign (U+2212) matches the plus beside it
  // and the calibration table's errors.
  return numberFormat(lang, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: digits,
  })
    .format(change)
    .replace('-', '−');
}

/**
 * Does signedPercent write this change as 0% (under 0.05 %, rounded to one decimal)? A 0% must
 * not be coloured better or worse. Asked of the formatter itself, so the two never disagree.
 */
export function shownAsZero(change: number): boolean {
  return signedPercent(change, 'en') === '0%';
}

/** A ratio as a factor: ×1.84, ×0.54, ×12. */
export function factor(ratio: number, lang: Locale): string {
  if (!Number.isFinite(ratio)) return '—';
  return `×${numberFormat(lang, { maximumSignificantDigits: 3 }).format(ratio)}`;
}
