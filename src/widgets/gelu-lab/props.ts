/**
 * The GeLU lab's vocabulary: its props, their limits and defaults, the parser of each attribute (directive attributes
 * and URL values are strings; each parses on its own, so the URL state can take what parses and ignore the rest), the
 * schema of the whole directive, and the height to reserve. The components import this file; definition.ts only
 * registers the widget.
 */
import { z } from 'zod';
import { attributeMessage, booleanAttribute, choiceListAttribute, numberAttribute } from '../attributes.ts';

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

/** Parsers for each attribute on its own, so that the URL state can take what parses and ignore the rest. */
export const attributeParsers = {
  x: numberAttribute('x', { min: -PROBE_LIMIT, max: PROBE_LIMIT }),
  xmin: numberAttribute('xmin', { min: -VIEW_LIMIT, max: VIEW_LIMIT }),
  xmax: numberAttribute('xmax', { min: -VIEW_LIMIT, max: VIEW_LIMIT }),
  curves: choiceListAttribute('curves', CURVE_IDS),
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
        message: attributeMessage('xmax', `at least xmin + ${MIN_VIEW_WIDTH} (xmin is ${props.xmin})`, String(props.xmax)),
      });
    }
  });

/**
 * `::gelu-lab{x=1 xmin=-4 xmax=4 curves="gelu,relu" keypoints=true}`: every attribute is optional. Parses the
 * directive's attributes (strings) into props; the URL state uses the same parsers.
 */
export const geluLabAttributes = attributes as unknown as z.ZodType<GeluLabProps, Record<string, string>>;

/** Shortest gap between two announcements of the probe's values. */
export const ANNOUNCE_INTERVAL_MS = 500;
