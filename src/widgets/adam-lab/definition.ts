import { z } from 'zod';
import { SURFACES } from '../../math/surfaces/catalog.ts';
import type { LeafWidgetDefinition } from '../types.ts';
import {
  attributeParsers,
  type AdamLabProps,
  DEFAULT_SETTINGS,
  DEFAULT_SURFACE,
  defaultStart,
  startProblem,
} from './attributes.ts';

export type { AdamLabProps } from './attributes.ts';

/**
 * Height reserved for the lab before it mounts; the widget's root has the same min-height. It covers the tallest
 * layout, at 320 px wide (measured in Chromium from 320 to 1280 px, both languages, all five optimizers on).
 */
export const ADAM_LAB_RESERVE = '96rem';

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

/** Parses directive attributes (strings) into props; exported for tests. */
export const adamLabAttributes = attributes as unknown as z.ZodType<AdamLabProps, Record<string, string>>;

/**
 * `::adam-lab{surface=bowl start="1,1" lr=0.1 beta1=0.9 beta2=0.999 eps=1e-8 wd=0.01 momentum=0.9 steps=50
 * optimizers="sgd,momentum,adam"}`: SGD, momentum, Adam, Adam without bias correction and AdamW side by side on one
 * surface, step by step, with every intermediate number. Every attribute is optional.
 */
export const adamLab: LeafWidgetDefinition<AdamLabProps> = {
  kind: 'leaf',
  props: adamLabAttributes,
  load: () => import('./AdamLab.tsx'),
  reserve: ADAM_LAB_RESERVE,
};
