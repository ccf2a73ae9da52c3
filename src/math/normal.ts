/**
 * The standard normal distribution and the error function, the ingredients of GeLU. erf and erfc come from stdlib
 * (full double precision); everything else is built on them here, once, for plots, readouts, text and tests.
 */
import stdlibErf from '@stdlib/math-base-special-erf';
import stdlibErfc from '@stdlib/math-base-special-erfc';

/** √2. */
export const SQRT_2 = Math.SQRT2;
/** 1/√(2π), the peak height of the standard normal density. */
export const INVERSE_SQRT_2_PI = 1 / Math.sqrt(2 * Math.PI);

/** The error function erf(z) = (2/√π) ∫₀ᶻ e^(−t²) dt: odd, rising from −1 to 1. */
export function erf(z: number): number {
  return stdlibErf(z);
}

/** The complementary error function erfc(z) = 1 − erf(z), accurate where erf(z) is close to 1. */
export function erfc(z: number): number {
  return stdlibErfc(z);
}

/** The standard normal density φ(x) = e^(−x²/2)/√(2π). */
export function normalDensity(x: number): number {
  return INVERSE_SQRT_2_PI * Math.exp(-0.5 * x * x);
}

/**
 * The standard normal cumulative distribution Φ(x) = ½[1 + erf(x/√2)], the probability that N(0, 1) falls below x.
 * For negative x it is computed as ½·erfc(−x/√2): there 1 + erf(…) would subtract nearly equal numbers and lose digits.
 */
export function normalCdf(x: number): number {
  return x < 0 ? 0.5 * erfc(-x / SQRT_2) : 0.5 * (1 + erf(x / SQRT_2));
}
