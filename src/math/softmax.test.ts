import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reference from './reference/softmax.json';
import { crossEntropy, entropy, logSumExp, perplexity, softmax } from './softmax.ts';

// Reference values: src/math/reference/softmax.json (mpmath at 30 digits, rounded to doubles; reference.py).
const RELATIVE = 1e-12;
const [plain, sharp, moved] = reference.cases as [Case, Case, Case];
type Case = (typeof reference.cases)[number];
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(RELATIVE * Math.max(1, Math.abs(expected)));

describe('softmax', () => {
  it.each([plain, sharp, moved])('matches the reference for logits $logits at T = $temperature', (expected) => {
    softmax(expected.logits, expected.temperature).forEach((p, index) => close(p, expected.probabilities[index]!));
    const loss = crossEntropy(expected.logits, expected.target, expected.temperature);
    close(loss, expected.loss);
    close(perplexity(loss), expected.perplexity);
  });

  it('sharpens with a lower temperature (T = 0.5)', () => {
    expect(sharp.probabilities[0]).toBeGreaterThan(plain.probabilities[0]!);
    expect(softmax(sharp.logits, 0.5)[0]).toBeGreaterThan(softmax(plain.logits, 1)[0]!);
  });

  it('does not overflow on large logits', () => {
    close(logSumExp(reference.logSumExp.logits), reference.logSumExp.value);
    const p = softmax([1000, 999]);
    expect(p.every(Number.isFinite)).toBe(true);
  });

  it('refuses a temperature that is not positive', () => {
    expect(() => softmax([1, 2], 0)).toThrow(/temperature/);
  });

  it('sums to one and is shift-invariant (property)', () => {
    const logits = fc.array(fc.double({ min: -40, max: 40, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(logits, fc.double({ min: -100, max: 100, noNaN: true }), (z, shift) => {
        const p = softmax(z);
        const q = softmax(z.map((v) => v + shift));
        expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        p.forEach((value, i) => expect(Math.abs(value - q[i]!)).toBeLessThan(1e-9));
      }),
    );
  });
});

describe('cross-entropy', () => {
  it('is -log p of the target', () => {
    close(crossEntropy(plain.logits, 0), plain.loss);
    // An unlikely target costs a lot: −ln 0.0193 = 3.95 nats.
    close(crossEntropy(sharp.logits, 2, sharp.temperature), -Math.log(sharp.probabilities[2]!));
  });

  it('agrees with -log(softmax) for any target (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 2, maxLength: 8 }), (z) => {
        const p = softmax(z);
        z.forEach((_, i) => expect(Math.abs(crossEntropy(z, i) + Math.log(p[i]!))).toBeLessThan(1e-9));
      }),
    );
  });

  it('rejects a target outside the logits', () => {
    expect(() => crossEntropy([1, 2], 2)).toThrow(/target/);
  });

  it('gives perplexity e^loss: uniform over 4 tokens is 4', () => {
    close(perplexity(crossEntropy([0, 0, 0, 0], 1)), 4);
  });
});

describe('entropy', () => {
  it('is ln n for n equal shares, 0 for a certainty, and ignores zeros', () => {
    close(entropy([0.25, 0.25, 0.25, 0.25]), Math.log(4));
    expect(entropy([1, 0, 0])).toBe(0);
    // Python: -(0.5*log(0.5) + 0.3*log(0.3) + 0.2*log(0.2)) = 1.0296530140645737
    close(entropy([0.5, 0.3, 0.2, 0]), 1.0296530140645737);
  });
});
