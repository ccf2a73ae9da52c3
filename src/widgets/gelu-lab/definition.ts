import { z } from 'zod';
import type { LeafWidgetDefinition } from '../types.ts';

/**
 * Height reserved for the lab before it mounts; the widget's root has the same min-height. It covers the tallest
 * layout: a 320 px phone in Chinese with a long probe value and a refusal message showed (1168 px of 1184). Measured in
 * Chromium at 320, 360, 375, 414, 600, 768 and 1280 px, both languages; wider columns leave some room at the bottom.
 */
export const GELU_LAB_RESERVE = '74rem';

/** The curves the lab can draw, in legend order. `cdf` is Φ, the standard normal CDF; `derivative` is GeLU′. */
export const CURVE_IDS = ['gelu', 'tanh', 'sigmoid', 'relu', 'erf', 'cdf', 'derivative'] as const;
/** One of the lab's curves. */
export type CurveId = (typeof CURVE_IDS)[number];

/** Largest |x| the probe accepts: beyond it every curve is flat or linear and the lesson is lost in the digits. */
export const PROBE_LIMIT = 1e6;
/** Largest |xmin|, |xmax| of the view. */
export const VIEW_LIMIT = 1000;
/** Narrowest view (x units): below it the curves are straight lines and the tick labels run out of digits. */
export const MIN_VIEW_WIDTH = 0.01;

/** Props of the GeLU lab, parsed from the directive's attributes (and, in the browser, from the URL). */
export interface GeluLabProps {
  /** Probe position. Default 1. */
  x: number;
  /** Left edge of the view. Default −4. */
  xmin: number;
  /** Right edge of the view. Default 4. */
  xmax: number;
  /** Curves switched on, in legend order. Default: all. */
  curves: CurveId[];
  /** Mark GeLU's minimum and steepest slope. Default false. */
  keypoints: boolean;
}

/** The starting state when the directive sets nothing. */
export const DEFAULT_PROPS: GeluLabProps = { x: 1, xmin: -4, xmax: 4, curves: [...CURVE_IDS], keypoints: false };

/** A limit as an author would write it: 1000 → "1000", 1000000 → "1e6": limits as an author would write them. */
export const formatLimit = (limit: number) => (limit >= 1e5 ? limit.toExponential().replace('+', '') : String(limit));

const numberAttribute = (name: string, limit: number) =>
  z.string().transform((text, context) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || Math.abs(value) > limit) {
      context.addIssue({
        code: 'custom',
        message: `${name} must be a number between -${formatLimit(limit)} and ${formatLimit(limit)}, got '${text}'`,
      });
      return z.NEVER;
    }
    return value;
  });

const curvesAttribute = z.string().transform((text, context) => {
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(CURVE_IDS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    context.addIssue({
      code: 'custom',
      message: `curves must be a comma-separated list of ${CURVE_IDS.join(', ')}; got '${text}' (unknown: ${unknown.map((name) => `'${name}'`).join(', ')})`,
    });
    return z.NEVER;
  }
  // Legend order, without repeats, whatever order the author wrote.
  return CURVE_IDS.filter((id) => names.includes(id));
});

const booleanAttribute = (name: string) =>
  z.string().transform((text, context) => {
    // `{keypoints}` with no value arrives as ''.
    if (text === '' || text === 'true') return true;
    if (text === 'false') return false;
    context.addIssue({ code: 'custom', message: `${name} must be true or false, got '${text}'` });
    return z.NEVER;
  });

/** Parsers for each attribute on its own, so that the URL state can take what parses and ignore the rest. */
export const attributeParsers = {
  x: numberAttribute('x', PROBE_LIMIT),
  xmin: numberAttribute('xmin', VIEW_LIMIT),
  xmax: numberAttribute('xmax', VIEW_LIMIT),
  curves: curvesAttribute,
  keypoints: booleanAttribute('keypoints'),
};

/** True when [xmin, xmax] is a view the lab can draw. */
export function isValidView(xmin: number, xmax: number): boolean {
  return xmax - xmin >= MIN_VIEW_WIDTH * (1 - 1e-9);
}

const attributes = z
  .object({
    x: attributeParsers.x.default(DEFAULT_PROPS.x),
    xmin: attributeParsers.xmin.default(DEFAULT_PROPS.xmin),
    xmax: attributeParsers.xmax.default(DEFAULT_PROPS.xmax),
    curves: attributeParsers.curves.default([...DEFAULT_PROPS.curves]),
    keypoints: attributeParsers.keypoints.default(DEFAULT_PROPS.keypoints),
  })
  .strict()
  .superRefine((props, context) => {
    if (!isValidView(props.xmin, props.xmax)) {
      context.addIssue({
        code: 'custom',
        path: ['xmax'],
        message: `xmax must exceed xmin by at least ${MIN_VIEW_WIDTH}, got xmin=${props.xmin}, xmax=${props.xmax}`,
      });
    }
  });

/** Parses directive attributes (strings) into props; exported for tests and the URL state. */
export const geluLabAttributes = attributes as unknown as z.ZodType<GeluLabProps, Record<string, string>>;

/**
 * `::gelu-lab{x=1 xmin=-4 xmax=4 curves="gelu,relu" keypoints=true}`: exact GeLU, its tanh and sigmoid
 * approximations, ReLU, erf, Φ and GeLU′ with a probe, an error panel and the key points. Every attribute is optional.
 */
export const geluLab: LeafWidgetDefinition<GeluLabProps> = {
  kind: 'leaf',
  props: geluLabAttributes,
  load: () => import('./GeluLab.tsx'),
  reserve: GELU_LAB_RESERVE,
};
