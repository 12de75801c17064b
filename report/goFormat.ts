/**
 * Go's `fmt` float verbs as etcd's benchmark uses them: `%4.4f` (the default report precision) and
 * `%g` (with `--precise`). JavaScript's own `toFixed` rounds exact ties up where Go rounds them to
 * even (0.03125 → JS "0.0313", Go "0.0312"), so fixed notation is done on the double's exact
 * decimal expansion. Pure: no DOM, no locale.
 */

/** The exact value of a finite double as `mantissa × 2^exponent` with an integral mantissa. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biasedExp = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // Subnormals have no implicit leading 1 and the smallest exponent.
  if (biasedExp === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biasedExp - 1075 };
}

/** Go's spelling of the values that are not numbers: `NaN`, `+Inf`, `-Inf`. */
function special(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return undefined;
}

/** `|x|` rounded to `prec` decimals, half to even on the exact binary value, as Go's strconv does. */
function fixedDigits(x: number, prec: number): string {
  const { mantissa, exponent } = decompose(x);
  let scaled: bigint; // |x| × 10^prec, rounded to an integer
  if (exponent >= 0) {
    scaled = (mantissa << BigInt(exponent)) * 10n ** BigInt(prec);
  } else {
    // |x| = mantissa × 5^k / 10^k with k = −exponent: an exact decimal with k fraction digits.
    const k = -exponent;
    const exact = mantissa * 5n ** BigInt(k);
    if (k <= prec) {
      scaled = exact * 10n ** BigInt(prec - k);
    } else {
      const divisor = 10n ** BigInt(k - prec);
      const quotient = exact / divisor;
      const twiceRest = (exact % divisor) * 2n;
      const roundUp = twiceRest > divisor || (twiceRest === divisor && quotient % 2n === 1n);
      scaled = roundUp ? quotient + 1n : quotient;
    }
  }
  const digits = scaled.toString().padStart(prec + 1, '0');
  if (prec === 0) return digits;
  return `${digits.slice(0, digits.length - prec)}.${digits.slice(digits.length - prec)}`;
}

function sign(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/** Go's `%<width>.<prec>f`: fixed notation, padded on the left with spaces to `width`. */
export function goFixed(x: number, prec: number, width = 0): string {
  const text = special(x) ?? sign(x) + fixedDigits(x, prec);
  return text.padStart(width, ' ');
}

/**
 * Go's `%g` (and `%v` of a float64): the shortest decimal that reads back as the same double,
 * in exponent form when the decimal exponent is < −4 or ≥ 6 (strconv's threshold when the
 * precision is the shortest one). 1e6 → "1e+06", 123456 → "123456", 0.00001 → "1e-05".
 */
export function goG(x: number): string {
  const sp = special(x);
  if (sp !== undefined) return sp;
  // JS's toExponential() without an argument also yields the shortest round-tripping digits.
  const [mant, expText] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  const s = sign(x);
  if (exp < -4 || exp >= 6) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const expSign = exp < 0 ? '-' : '+';
    return `${s}${digits[0]}${frac}e${expSign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  // Fixed form: the decimal point sits after exp + 1 digits.
  const point = exp + 1;
  if (point <= 0) return `${s}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return s + digits + '0'.repeat(point - digits.length);
  return `${s}${digits.slice(0, point)}.${digits.slice(point)}`;
}
