/**
 * The softmax lab's vocabulary: its props, their limits and defaults, the parser of each attribute (the URL state
 * reuses them), the schema of the whole directive, and the height to reserve. The component imports this file;
 * definition.ts only registers the widget.
 */
import { z } from 'zod';
import { attributeMessage, numberAttribute, numberListAttribute } from '../attributes.ts';

/**
 * Height reserved for the lab before it mounts; the widget's root has the same min-height. Three tokens, the
 * chapter's case, fill it at every width from 320 px; more tokens grow the lab when it mounts.
 */
export const SOFTMAX_LAB_RESERVE = '26rem';

/** Most logits the widget shows; more would not fit a phone's width. */
export const MAX_LOGITS = 8;
/** Largest |logit| accepted: beyond it every probability rounds to 0 or 1 and the lesson is lost. */
export const MAX_ABS_LOGIT = 50;

/** Limits of the controls: the temperature (above 0: softmax divides by it) and the typed logits' usual range. */
export const LIMITS = {
  temperature: { min: 0.05, max: 10 },
  logit: { min: -MAX_ABS_LOGIT, max: MAX_ABS_LOGIT },
} as const;

/** Props of the softmax lab: the logits to start from, the index of the target token and the temperature. */
export interface SoftmaxLabProps {
  /** 2 to MAX_LOGITS logits, one per token. Default 2, 1, 0.1. */
  logits: number[];
  /** Index (from 0) of the correct next token, whose cross-entropy is shown. Default 0. */
  target: number;
  /** Temperature T that divides the logits. Default 1. */
  temperature: number;
}

/** The starting state when the directive sets nothing. */
export const DEFAULT_PROPS: SoftmaxLabProps = { logits: [2, 1, 0.1], target: 0, temperature: 1 };

/** Parsers for each attribute on its own (strings in, typed values out). */
export const attributeParsers = {
  logits: numberListAttribute('logits', { min: 2, max: MAX_LOGITS }, LIMITS.logit),
  target: numberAttribute('target', { min: 0, max: MAX_LOGITS - 1 }, { integer: true }),
  temperature: numberAttribute('temperature', LIMITS.temperature),
};

const attributes = z
  .object({
    logits: attributeParsers.logits.default([...DEFAULT_PROPS.logits]),
    target: attributeParsers.target.default(DEFAULT_PROPS.target),
    temperature: attributeParsers.temperature.default(DEFAULT_PROPS.temperature),
  })
  .strict()
  .superRefine((props, context) => {
    if (props.target >= props.logits.length) {
      const allowed = `the index of one of the ${props.logits.length} logits, 0 to ${props.logits.length - 1}`;
      context.addIssue({ code: 'custom', path: ['target'], message: attributeMessage('target', allowed, String(props.target)) });
    }
  });

/**
 * `::softmax-lab{logits="2,1,0.1" target=0 temperature=1}`: every attribute is optional. Parses the directive's
 * attributes (strings) into props.
 */
export const softmaxLabAttributes = attributes as unknown as z.ZodType<SoftmaxLabProps, Record<string, string>>;
