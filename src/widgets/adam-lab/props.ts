/**
 * The Adam lab's vocabulary: its props, their limits and defaults, the parser of each attribute (directive attributes
 * and URL values are strings; each parses on its own, so the URL can take what parses and ignore the rest), the
 * schema of the whole directive, and the height to reserve. The components import this file; definition.ts only
 * registers the widget. Messages are in English: chapter authors read them at build time.
 */
import { z } from 'zod';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../../math/optimizers/optimizer.ts';
import { SURFACE_IDS, SURFACES } from '../../math/surfaces/catalog.ts';
import type { Surface, SurfaceId } from '../../math/surfaces/surface.ts';
import { attributeMessage, choiceAttribute, choiceListAttribute, numberAttribute, parseNumberList } from '../attributes.ts';

/**
 * Height reserved for the lab before it mounts; the widget's root has the same min-height. The lab is tallest on a
 * phone (about 1,515 px at 360 px wide, everything switched on, five divergence notes, the settings tab) and about
 * 1,100 px from 640 px up, so the reserve shrinks with the viewport's width down to a floor: 1,592 px at 320 px,
 * 1,540 px at 400 px, 70rem (1,120 px) from 1,046 px up. Measured in Chromium at 16 widths from 320 to 1,280 px, in
 * both languages, for eight states (defaults, all optimizers, divergence on the bowl and on Rosenbrock, the saddle,
 * the 1-D double well, each detail tab), at least 30 px above the tallest.
 */
export const ADAM_LAB_RESERVE = 'max(70rem, calc(1800px - 65vw))';

/** Props of the Adam lab: where to start and with which settings. Every field has a default. */
export interface AdamLabProps {
  /** Which loss surface. Default "bowl" (x² + 10y²). */
  surface: SurfaceId;
  /** Start point, one coordinate per dimension, inside the surface's plotted domain. Default: the surface's own. */
  start: number[];
  /** α, the learning rate of every optimizer. Default 0.1. */
  lr: number;
  /** β₁ of the Adam family, in [0, 1). Default 0.9. */
  beta1: number;
  /** β₂ of the Adam family, in [0, 1). Default 0.999. */
  beta2: number;
  /** ε of the Adam family. Default 1e-8. */
  eps: number;
  /** AdamW's weight decay λ. Default 0.01 (PyTorch's default). */
  wd: number;
  /** μ of SGD with momentum, in [0, 1). Default 0.9. */
  momentum: number;
  /** How many steps every optimizer runs. Default 50. */
  steps: number;
  /** The optimizers switched on, in display order. Default SGD, momentum and Adam. */
  optimizers: OptimizerKind[];
}

/**
 * Limits of each number, shared by the attribute parsers and the widget's controls. β's control stops just short of
 * 1 (its attribute may be anything below 1).
 */
export const LIMITS = {
  lr: { min: 1e-5, max: 100 },
  beta: { min: 0, max: 1 - 1e-9 },
  eps: { min: 1e-16, max: 1 },
  wd: { min: 0, max: 10 },
  momentum: { min: 0, max: 0.999 },
  steps: { min: 1, max: 1000 },
} as const;

/** The starting state when the directive sets nothing but the surface. */
export const DEFAULT_SETTINGS: Omit<AdamLabProps, 'surface' | 'start'> = {
  lr: 0.1,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  wd: 0.01,
  momentum: 0.9,
  steps: 50,
  optimizers: ['sgd', 'momentum', 'adam'],
};

/** The surface the lab shows when the directive names none. */
export const DEFAULT_SURFACE: SurfaceId = 'bowl';

/** Why β must stay below 1, for the message an author sees. */
const BETA_REASON = (name: string) => `the bias correction divides by 1 - ${name}^t, which is 0 when ${name} = 1`;

/** Parsers for each attribute on its own (strings in, typed values out). */
export const attributeParsers = {
  surface: choiceAttribute('surface', SURFACE_IDS),
  start: z.string().transform((text, context) => {
    const values = parseNumberList(text);
    if (values === undefined || values.length > 2) {
      context.addIssue({ code: 'custom', message: attributeMessage('start', '1 or 2 comma-separated numbers such as "1,1"', text) });
      return z.NEVER;
    }
    return values;
  }),
  lr: numberAttribute('lr', LIMITS.lr),
  beta1: numberAttribute('beta1', { min: 0, max: 1 }, { openMax: true, reason: BETA_REASON('beta1') }),
  beta2: numberAttribute('beta2', { min: 0, max: 1 }, { openMax: true, reason: BETA_REASON('beta2') }),
  eps: numberAttribute('eps', LIMITS.eps),
  wd: numberAttribute('wd', LIMITS.wd),
  momentum: numberAttribute('momentum', LIMITS.momentum),
  steps: numberAttribute('steps', LIMITS.steps, { integer: true }),
  optimizers: choiceListAttribute('optimizers', OPTIMIZER_KINDS),
};

/** Why `start` does not fit `surface` (wrong number of coordinates, or outside the plotted domain), or undefined. */
export function startProblem(surface: Surface, start: readonly number[]): string | undefined {
  const names = surface.dimension === 1 ? ['θ'] : ['x', 'y'];
  const region = surface.domain.map(([low, high], index) => `${names[index]} in [${low}, ${high}]`).join(', ');
  if (start.length !== surface.dimension) {
    return `start must have ${surface.dimension} coordinate${surface.dimension === 1 ? '' : 's'} for surface ${surface.id}, got ${start.length}`;
  }
  const outside = start.some((value, index) => value < surface.domain[index]![0] || value > surface.domain[index]![1]);
  return outside ? `start must lie in the plotted region of ${surface.id} (${region}), got '${start.join(',')}'` : undefined;
}

/** The surface's default start, as a fresh array. */
export function defaultStart(surface: SurfaceId): number[] {
  return SURFACES[surface].defaultStart.slice();
}

const attributes = z
  .object({
    surface: attributeParsers.surface.optional(),
    start: attributeParsers.start.optional(),
    lr: attributeParsers.lr.default(DEFAULT_SETTINGS.lr),
    beta1: attributeParsers.beta1.default(DEFAULT_SETTINGS.beta1),
    beta2: attributeParsers.beta2.default(DEFAULT_SETTINGS.beta2),
    eps: attributeParsers.eps.default(DEFAULT_SETTINGS.eps),
    wd: attributeParsers.wd.default(DEFAULT_SETTINGS.wd),
    momentum: attributeParsers.momentum.default(DEFAULT_SETTINGS.momentum),
    steps: attributeParsers.steps.default(DEFAULT_SETTINGS.steps),
    optimizers: attributeParsers.optimizers.default([...DEFAULT_SETTINGS.optimizers]),
  })
  .strict()
  .transform((parsed, context): AdamLabProps => {
    const surface = parsed.surface ?? DEFAULT_SURFACE;
    const start = parsed.start ?? defaultStart(surface);
    const problem = startProblem(SURFACES[surface], start);
    if (problem) {
      context.addIssue({ code: 'custom', path: ['start'], message: problem });
      return z.NEVER;
    }
    return { ...parsed, surface, start };
  });

/**
 * `::adam-lab{surface=bowl start="1,1" lr=0.1 beta1=0.9 beta2=0.999 eps=1e-8 wd=0.01 momentum=0.9 steps=50
 * optimizers="sgd,momentum,adam"}`: every attribute is optional. Parses the directive's attributes (strings) into
 * props, with the start checked against the surface.
 */
export const adamLabAttributes = attributes as unknown as z.ZodType<AdamLabProps, Record<string, string>>;
