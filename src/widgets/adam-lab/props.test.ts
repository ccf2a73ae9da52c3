import { describe, expect, it } from 'vitest';
import { adamLab } from './definition.ts';
import { ADAM_LAB_RESERVE, adamLabAttributes } from './props.ts';

/** The zod messages of a failed parse, joined (what the pipeline's error box shows). */
function messages(attributes: Record<string, string>): string {
  const result = adamLabAttributes.safeParse(attributes);
  if (result.success) return '';
  return result.error.issues.map((issue) => issue.message).join(' | ');
}

describe('adam-lab props and registration', () => {
  it('is a leaf widget whose reserve is a CSS length shrinking with the viewport to a floor', () => {
    expect(adamLab.kind).toBe('leaf');
    expect(adamLab.reserve).toBe(ADAM_LAB_RESERVE);
    const match = /^max\((\d+)rem, calc\((\d+)px - (\d+)vw\)\)$/.exec(ADAM_LAB_RESERVE);
    expect(match).not.toBeNull();
    const [floorRem, basePx, slope] = match!.slice(1).map(Number) as [number, number, number];
    const reserveAt = (viewportPx: number) => Math.max(floorRem * 16, basePx - (slope / 100) * viewportPx);
    // The tallest states measured in Chromium (see ADAM_LAB_RESERVE): 1,515 px at 360 px, 1,476 px at 400 px,
    // 1,255 px at 600 px, 1,094 px from 700 px up.
    expect(reserveAt(360)).toBeGreaterThanOrEqual(1515 + 30);
    expect(reserveAt(400)).toBeGreaterThanOrEqual(1476 + 30);
    expect(reserveAt(600)).toBeGreaterThanOrEqual(1255 + 30);
    expect(reserveAt(1600)).toBeGreaterThanOrEqual(1094 + 25);
  });

  it('fills every default from `surface=bowl` alone, as the chapter writes it', () => {
    expect(adamLabAttributes.parse({ surface: 'bowl' })).toEqual({
      surface: 'bowl',
      start: [1, 1],
      lr: 0.1,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      wd: 0.01,
      momentum: 0.9,
      steps: 50,
      optimizers: ['sgd', 'momentum', 'adam'],
    });
    expect(adamLabAttributes.parse({}).surface).toBe('bowl');
  });

  it('parses every attribute, putting optimizers in display order without repeats', () => {
    const props = adamLabAttributes.parse({
      surface: 'rosenbrock',
      start: '-1.5, 2',
      lr: '1e-3',
      beta1: '0',
      beta2: '0.95',
      eps: '1e-6',
      wd: '0.1',
      momentum: '0.5',
      steps: '1000',
      optimizers: 'adamw, sgd,adamw,adam-no-bias-correction',
    });
    expect(props).toMatchObject({ surface: 'rosenbrock', start: [-1.5, 2], lr: 0.001, beta1: 0, beta2: 0.95, steps: 1000 });
    expect(props.optimizers).toEqual(['sgd', 'adam-no-bias-correction', 'adamw']);
    expect(adamLabAttributes.parse({ surface: 'double-well' }).start).toEqual([2]);
  });

  it('refuses β = 1 with the reason', () => {
    expect(messages({ beta1: '1' })).toBe(
      "beta1 must be a number at least 0 and below 1, got '1': the bias correction divides by 1 - beta1^t, which is 0 when beta1 = 1",
    );
    expect(messages({ beta2: '-0.1' })).toMatch(/^beta2 must be a number at least 0 and below 1, got '-0.1'/);
    expect(adamLabAttributes.parse({ beta2: '0.9999999999' }).beta2).toBe(0.9999999999);
  });

  it('names the attribute and the bad value in every other message', () => {
    expect(messages({ lr: 'abc' })).toBe("lr must be a number from 1e-5 to 100, got 'abc'");
    expect(messages({ steps: '2.5' })).toBe("steps must be a whole number from 1 to 1000, got '2.5'");
    expect(messages({ surface: 'sphere' })).toBe(
      "surface must be one of square, double-well, bowl, rosenbrock, saddle, plateau, got 'sphere'",
    );
    expect(messages({ optimizers: 'adam,rmsprop' })).toBe(
      "optimizers must be a comma-separated list of sgd, momentum, adam, adam-no-bias-correction, adamw, got 'adam,rmsprop': unknown: 'rmsprop'",
    );
    expect(messages({ start: '1,x' })).toBe(`start must be 1 or 2 comma-separated numbers such as "1,1", got '1,x'`);
    expect(messages({ start: '1,2,3' })).toMatch(/^start must be 1 or 2 comma-separated numbers/);
    expect(messages({ learningRate: '0.1' })).toMatch(/learningRate/);
  });

  it('checks the start against the surface: its dimension and its plotted region', () => {
    expect(messages({ surface: 'square', start: '1,1' })).toBe('start must have 1 coordinate for surface square, got 2');
    expect(messages({ surface: 'bowl', start: '3,0' })).toBe(
      "start must lie in the plotted region of bowl (x in [-1.5, 1.5], y in [-1.5, 1.5]), got '3,0'",
    );
  });
});
