import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy, entropy, logSumExp, perplexity, softmax } from './softmax.ts';

// Reference values from Python's math module (see the chapter on the loss):
//   p = exp(z) / sum(exp(z)) for z = (2, 1, 0.1); loss = -log p[0].
const RELATIVE = 1e-12;
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(RELATIVE * Math.max(1, Math.abs(expected)));

describe('softmax', () => {
  it('matches Python for logits (2, 1, 0.1)', () => {
    const p = softmax([2, 1, 0.1]);
    close(p[0]!, 0.6590011388859679);
    close(p[1]!, 0.2424329707047139);
    close(p[2]!, 0.09856589040931818);
  });

  it('sharpens with a lower temperature (T = 0.5)', () => {
    const p = softmax([2, 1, 0.1], 0.5);
    close(p[0]!, 0.8637771182080068);
    close(p[2]!, 0.019323360846007505);
  });

  it('does not overflow on large logits', () => {
    close(logSumExp([1000, 999]), 1000.3132616875182);
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
    close(crossEntropy([2, 1, 0.1], 0), 0.4170300162778335);
    close(crossEntropy([2, 1, 0.1], 2, 0.5), 3.9464405084938137);
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
