/**
 * The Adam lab's settings as strings (directive attributes and URL values) and their limits. Each attribute has its own
 * parser, so the URL can take what parses and ignore the rest; the whole set is checked by the schema in definition.ts.
 * Messages are in English: they are read by chapter authors at build time.
 */
import { z } from 'zod';
import { isOptimizerKind, OPTIMIZER_KINDS, type OptimizerKind } from '../../math/optimizers/optimizer.ts';
import { isSurfaceId, SURFACE_IDS, SURFACES } from '../../math/surfaces/catalog.ts';
import type { Surface, SurfaceId } from '../../math/surfaces/surface.ts';

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

/** Limits of each number, shared by the attribute parsers and the widget's controls. */
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

const numberAttribute = (name: string, { min, max }: { min: number; max: number }, integer = false) =>
  z.string().transform((text, context) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      context.addIssue({
        code: 'custom',
        message: `${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got '${text}'`,
      });
      return z.NEVER;
    }
    return value;
  });

const betaAttribute = (name: string) =>
  z.string().transform((text, context) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value >= 1) {
      context.addIssue({
        code: 'custom',
        message: `${name} must be a number in [0, 1): the bias correction divides by 1 - ${name}^t, which is 0 when ${name} = 1; got '${text}'`,
      });
      return z.NEVER;
    }
    return value;
  });

/** Parsers for each attribute on its own (strings in, typed values out). */
export const attributeParsers = {
  surface: z.string().transform((text, context) => {
    if (isSurfaceId(text)) return text;
    context.addIssue({ code: 'custom', message: `surface must be one of ${SURFACE_IDS.join(', ')}; got '${text}'` });
    return z.NEVER;
  }),
  start: z.string().transform((text, context) => {
    const parts = text.split(',').map((part) => part.trim());
    const values = parts.map(Number);
    if (parts.length > 2 || parts.some((part) => part === '') || values.some((value) => !Number.isFinite(value))) {
      context.addIssue({ code: 'custom', message: `start must be one or two comma-separated numbers such as "1,1", got '${text}'` });
      return z.NEVER;
    }
    return values;
  }),
  lr: numberAttribute('lr', LIMITS.lr),
  beta1: betaAttribute('beta1'),
  beta2: betaAttribute('beta2'),
  eps: numberAttribute('eps', LIMITS.eps),
  wd: numberAttribute('wd', LIMITS.wd),
  momentum: numberAttribute('momentum', LIMITS.momentum),
  steps: numberAttribute('steps', LIMITS.steps, true),
  optimizers: z.string().transform((text, context) => {
    const names = text.split(',').map((name) => name.trim());
    const unknown = names.filter((name) => !isOptimizerKind(name));
    if (unknown.length > 0 || names.every((name) => name === '')) {
      context.addIssue({
        code: 'custom',
        message: `optimizers must be a comma-separated list of ${OPTIMIZER_KINDS.join(', ')}; got '${text}'${
          unknown.length > 0 ? ` (unknown: ${unknown.map((name) => `'${name}'`).join(', ')})` : ''
        }`,
      });
      return z.NEVER;
    }
    // Display order, without repeats, whatever order the author wrote.
    return OPTIMIZER_KINDS.filter((kind) => names.includes(kind));
  }),
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
