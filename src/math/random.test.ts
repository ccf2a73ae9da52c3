import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSeed, hashSeed, mulberry32, randomNormal, takeUniforms } from './random.ts';
import reference from './reference/sampling.json';


describe('mulberry32', () => {
  it('gives the same numbers as the Python rewrite (src/math/reference/sampling.py) for seeds 1, 42 and 2^32 − 1', () => {
    for (const [seed, expected] of Object.entries(reference.mulberry32)) {
      expect(takeUniforms(mulberry32(Number(seed)), expected.length)).toEqual(expected);
    }
  });

  it('uses only the low 32 bits of the seed', () => {
    expect(takeUniforms(mulberry32(2 ** 32 + 1), 4)).toEqual(takeUniforms(mulberry32(1), 4));
  });

  it('stays in [0, 1) and is reproducible (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const first = takeUniforms(mulberry32(seed), 50);
        expect(takeUniforms(mulberry32(seed), 50)).toEqual(first);
        expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
      }),
    );
  });

  it('has a mean near 1/2 and fills ten bins evenly over 100,000 draws', () => {
    const draws = takeUniforms(mulberry32(2024), 100_000);
    const mean = draws.reduce((sum, u) => sum + u, 0) / draws.length;
    // Standard error of the mean: √(1/12 / 100000) ≈ 0.00091; allow five of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0046);
    const bins = new Array<number>(10).fill(0);
    for (const u of draws) bins[Math.floor(u * 10)]! += 1;
    const chiSquare = bins.reduce((sum, count) => sum + (count - 10_000) ** 2 / 10_000, 0);
    // χ² with 9 degrees of freedom: P(χ² > 27.88) = 0.001.
    expect(chiSquare).toBeLessThan(27.88);
  });
});

describe('hashSeed', () => {
  it('is FNV-1a: the published test vectors', () => {
    // From the FNV reference (isthe.com/chongo/tech/comp/fnv): "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
    expect(hashSeed('foobar')).toBe(0xbf9cf968);
  });
});

describe('deriveSeed', () => {
  it('is deterministic and spreads neighbouring inputs', () => {
    expect(deriveSeed(7, 1, 2)).toBe(deriveSeed(7, 1, 2));
    expect(new Set(Array.from({ length: 1000 }, (_, step) => deriveSeed(7, step))).size).toBe(1000);
  });
});

describe('randomNormal', () => {
  it('has mean 0 and variance 1 over many draws', () => {
    const random = mulberry32(3);
    const draws = Array.from({ length: 20000 }, () => randomNormal(random));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
  });
});
