import { BudgetOverflowError, exactDecimal } from '../budget';

/**
 * A percentage change applied to one figure, exactly: the percentage is read as the decimal the
 * user typed (7.3 is 73/10, never its binary neighbour). A change of −100 % or less leaves
 * nothing: a scenario can take a line to zero, never below.
 */
function factor(pct: number): { numerator: bigint; denominator: bigint } {
  if (!Number.isFinite(pct)) throw new RangeError(`Not a finite percentage: ${pct}`);
  const { digits, scale } = exactDecimal(pct);
  const denominator = 100n * 10n ** BigInt(scale);
  // pct = digits / 10^scale, so (100 + pct) / 100 = (100 · 10^scale + digits) / (100 · 10^scale).
  const numerator = denominator + digits;
  return { numerator: numerator < 0n ? 0n : numerator, denominator };
}

/** amount × (100 + pct) / 100 in whole minor units, rounded once, half away from zero (10.5 → 11, −10.5 → −11). */
export function scaleMinor(amount: number, pct: number): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole number of minor units: ${amount}`);
  if (pct === 0) return amount;
  const { numerator, denominator } = factor(pct);
  const product = BigInt(amount) * numerator;
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (magnitude + denominator / 2n) / denominator;
  const result = negative ? -rounded : rounded;
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < -BigInt(Number.MAX_SAFE_INTEGER)) throw new BudgetOverflowError('scenario amount');
  return Number(result);
}

/**
 * units × (100 + pct) / 100, kept as an exact decimal while it has at most 15 significant digits
 * (1.1 × 3 is 3.3, not 3.3000000000000003), so the budget rounds each line's money only once.
 */
export function scaleUnits(units: number, pct: number): number {
  if (pct === 0) return units;
  const { numerator, denominator } = factor(pct);
  const u = exactDecimal(units);
  const digits = u.digits * numerator;
  const scale = u.scale + decimalPlaces(denominator);
  return Number(decimalText(digits, scale));
}

/** 10^n → n (the denominators here are always powers of ten). */
function decimalPlaces(power: bigint): number {
  return power.toString().length - 1;
}

function decimalText(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
