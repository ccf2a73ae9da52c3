import { z } from 'zod';
import type { LeafWidgetDefinition } from '../types.ts';

/** Most logits the widget shows; more would not fit a phone's width. */
export const MAX_LOGITS = 8;
/** Largest |logit| accepted: beyond it every probability rounds to 0 or 1 and the lesson is lost. */
export const MAX_ABS_LOGIT = 50;

/** Props of the softmax lab: the logits to start from and the index of the target token. */
export interface SoftmaxLabProps {
  logits: number[];
  target: number;
  temperature: number;
}

const logitsAttribute = z
  .string()
  .transform((text, context) => {
    const parts = text.split(',').map((part) => part.trim());
    const values = parts.map(Number);
    if (parts.length < 2 || parts.length > MAX_LOGITS || values.some((v, i) => parts[i] === '' || !Number.isFinite(v))) {
      context.addIssue({
        code: 'custom',
        message: `logits must be 2 to ${MAX_LOGITS} comma-separated numbers, got "${text}"`,
      });
      return z.NEVER;
    }
    if (values.some((v) => Math.abs(v) > MAX_ABS_LOGIT)) {
      context.addIssue({ code: 'custom', message: `each logit must lie in [-${MAX_ABS_LOGIT}, ${MAX_ABS_LOGIT}], got "${text}"` });
      return z.NEVER;
    }
    return values;
  });

const numberAttribute = (name: string, min: number, max: number, integer = false) =>
  z.string().transform((text, context) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      context.addIssue({
        code: 'custom',
        message: `${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${text}"`,
      });
      return z.NEVER;
    }
    return value;
  });

const attributes = z
  .object({
    logits: logitsAttribute.default([2, 1, 0.1]),
    target: numberAttribute('target', 0, MAX_LOGITS - 1, true).default(0),
    temperature: numberAttribute('temperature', 0.05, 10).default(1),
  })
  .strict()
  .superRefine((props, context) => {
    if (props.target >= props.logits.length) {
      context.addIssue({
        code: 'custom',
        path: ['target'],
        message: `target must index one of the ${props.logits.length} logits (0 to ${props.logits.length - 1}), got ${props.target}`,
      });
    }
  });

/** `::softmax-lab{logits="2,1,0.1" target=0 temperature=1}`: softmax, temperature and cross-entropy, live. */
export const softmaxLab: LeafWidgetDefinition<SoftmaxLabProps> = {
  kind: 'leaf',
  props: attributes as unknown as z.ZodType<SoftmaxLabProps, Record<string, string>>,
  load: () => import('./SoftmaxLab.tsx'),
  reserve: '26rem',
};
