import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Properties several calculators share, stated once. Each runs fast-check over the given arbitrary and fails
 * with the counterexample it found.
 */

/** f(x) is a finite number ≥ 0 for every x. */
export function assertNeverNegative<T>(inputs: fc.Arbitrary<T>, f: (input: T) => number): void {
  fc.assert(
    fc.property(inputs, (input) => {
      const value = f(input);
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }),
  );
}

/**
 * a ≤ b ⇒ f(a, c) ≤ f(b, c): raising one input never lowers the result, whatever the other inputs `c`
 * (drawn from `others`) are.
 */
export function assertMonotone<C = undefined>(
  values: fc.Arbitrary<number>,
  f: (value: number, others: C) => number,
  others: fc.Arbitrary<C> = fc.constant(undefined as C),
): void {
  fc.assert(
    fc.property(values, values, others, (x, y, c) => {
      const [low, high] = x <= y ? [x, y] : [y, x];
      expect(f(low, c)).toBeLessThanOrEqual(f(high, c));
    }),
  );
}

/** A deduction never exceeds what it is deducted from. */
export function assertNeverAbove<T>(inputs: fc.Arbitrary<T>, part: (input: T) => number, whole: (input: T) => number): void {
  // A block body: a property that returns false fails, and an expect() chain's return value is not `true`.
  fc.assert(
    fc.property(inputs, (input) => {
      expect(part(input)).toBeLessThanOrEqual(whole(input));
    }),
  );
}
