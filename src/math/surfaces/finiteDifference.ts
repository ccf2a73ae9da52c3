/**
 * Central finite differences: an independent check on analytic gradients. For a smooth f the error of
 * (f(x + h) − f(x − h)) / 2h is O(h²) from truncation plus O(ε·|f|/h) from rounding; h ≈ 1e-5·max(1, |x|) balances them.
 */

/** Relative step used per coordinate, scaled by max(1, |coordinate|). */
export const FINITE_DIFFERENCE_STEP = 1e-5;

/** Estimates ∇f at `point` by central differences, one coordinate at a time. */
export function finiteDifferenceGradient(
  value: (point: readonly number[]) => number,
  point: readonly number[],
): number[] {
  return point.map((coordinateValue, index) => {
    const step = FINITE_DIFFERENCE_STEP * Math.max(1, Math.abs(coordinateValue));
    const forward = point.slice();
    const backward = point.slice();
    forward[index] = coordinateValue + step;
    backward[index] = coordinateValue - step;
    return (value(forward) - value(backward)) / (forward[index]! - backward[index]!);
  });
}
