import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_VIEW_WIDTH, PROBE_LIMIT, VIEW_LIMIT } from './props.ts';
import { fineStep, snap, stepProbe, zoomView, formatPosition, formatPositionTex } from './view.ts';

describe('probe steps', () => {
  it('uses 0.01 on the default view and scales with the width', () => {
    expect(fineStep({ xmin: -4, xmax: 4 })).toBe(0.01);
    expect(fineStep({ xmin: -6, xmax: 6 })).toBe(0.01);
    expect(fineStep({ xmin: 0, xmax: 1 })).toBe(0.001);
    expect(fineStep({ xmin: -1000, xmax: 1000 })).toBe(1);
  });

  it('lands on round numbers after many steps (no 1.0999999)', () => {
    let x = 1;
    for (let index = 0; index < 10; index += 1) x = stepProbe(x, 1, { xmin: -4, xmax: 4 });
    expect(x).toBe(1.1);
    expect(stepProbe(x, -10, { xmin: -4, xmax: 4 })).toBe(1);
  });

  it('keeps the probe within ±1e6', () => {
    expect(stepProbe(PROBE_LIMIT, 10, { xmin: -1000, xmax: 1000 })).toBe(PROBE_LIMIT);
  });

  it('snaps to the step grid', () => {
    expect(snap(1.41421356, 0.01)).toBe(1.41);
    expect(snap(-0.7518, 0.001)).toBe(-0.752);
  });
});

describe('zoomView', () => {
  it('halves the width about the probe, keeping it at the same place on screen', () => {
    expect(zoomView({ xmin: -4, xmax: 4 }, 0.5, 1)).toEqual({ xmin: -1.5, xmax: 2.5 });
  });

  it('zooms about the centre when the probe is out of view', () => {
    expect(zoomView({ xmin: -4, xmax: 4 }, 2, 100)).toEqual({ xmin: -8, xmax: 8 });
  });

  it('always returns a valid view within the limits (property)', () => {
    const bound = fc.double({ min: -VIEW_LIMIT, max: VIEW_LIMIT, noNaN: true });
    fc.assert(
      fc.property(bound, bound, fc.constantFrom(0.5, 2), fc.double({ min: -2e3, max: 2e3, noNaN: true }), (a, b, factor, probe) => {
        const view = { xmin: Math.min(a, b), xmax: Math.max(a, b) + MIN_VIEW_WIDTH };
        const zoomed = zoomView(view, factor, probe);
        expect(zoomed.xmax - zoomed.xmin).toBeGreaterThanOrEqual(MIN_VIEW_WIDTH * (1 - 1e-9));
        expect(zoomed.xmin).toBeGreaterThanOrEqual(-VIEW_LIMIT);
        expect(zoomed.xmax).toBeLessThanOrEqual(VIEW_LIMIT);
      }),
    );
  });
});

describe('formatPosition', () => {
  it('writes an x position as typed, however large, and tiny ones in exponent form', () => {
    expect(['1', '-0.75', '250000', '-1000000', '4.73e-4'].map((text) => formatPosition(Number(text)))).toEqual([
      '1', '-0.75', '250000', '-1000000', '4.73e-4',
    ]);
    expect(formatPositionTex(-250000, { factor: true })).toBe('\\left(-250000\\right)');
  });
});
