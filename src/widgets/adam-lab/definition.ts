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
 * Height reserved for the lab before it mounts; the widget's root has the same min-height. The lab is tallest on a
 * phone (about 1,515 px at 360 px wide, everything switched on, five divergence notes, the settings tab) and about
 * 1,100 px from 640 px up, so the reserve shrinks with the viewport's width down to a floor: 1,592 px at 320 px,
 * 1,540 px at 400 px, 70rem (1,120 px) from 1,046 px up. Measured in Chromium at 16 widths from 320 to 1,280 px, in
 * both languages, for eight states (defaults, all optimizers, divergence on the bowl and on Rosenbrock, the saddle,
 * the 1-D double well, each detail tab), at least 30 px above the tallest.
 */
export const ADAM_LAB_RESERVE = 'max(70rem, calc(1800px - 65vw))';

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
