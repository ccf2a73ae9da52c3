/**
 * The lab's YAML body: the prompt, the candidate replies with their features, the reference policy's probabilities,
 * the true scores and the default ranking, as a chapter writes them (content/<locale>/03-rlhf.md):
 *
 *   :::rlhf-lab{beta=0.5}
 *   prompt: How do I read a CSV file in Python?
 *   features:
 *     - { id: code, label: Has a code example }
 *     - { id: length, label: Length, unit: tokens, scale: 100 }
 *   replies:
 *     - { id: A, text: "Use the `csv` module…", features: { code: true, length: 90 }, reference: 0.25, true: 2 }
 *     …
 *   ranking: [A, E, B, C, D]
 *   :::
 *
 * A feature with a `scale` is an amount (the model sees amount/scale); one without is yes/no (true or false). Every
 * problem is reported with its path, so the error box points at the line.
 */
import { z } from 'zod';
import type { RenderInline } from '../types.ts';
// Types only: props.ts imports this file, and a value import back would be a cycle.
import type { RlhfFeature, RlhfLabProps, RlhfLabSettings, RlhfReply } from './props.ts';

/** Fewest and most replies: at least 4 (InstructGPT's smallest K); at most 6 (C(6, 2) = 15 pairs fit a phone). */
export const REPLY_COUNT = { min: 4, max: 6 } as const;
/** Fewest and most features per reply: more than 6 would not fit on a card. */
export const FEATURE_COUNT = { min: 1, max: 6 } as const;
/** How far the reference probabilities may add up away from 1 before the body is refused (they are then rescaled). */
export const REFERENCE_SUM_TOLERANCE = 1e-3;

/** Largest authored amount (tokens, say) and largest |true score|. */
const MAX_AMOUNT = 1e6;
const MAX_TRUE_SCORE = 100;

const text = (name: string) =>
  z.string({ error: `${name} must be text` }).trim().min(1, { error: `${name} must not be empty` });
const number = (name: string, min: number, max: number, exclusiveMin = false) =>
  z.number({ error: `${name} must be a number` }).refine((value) => (exclusiveMin ? value > min : value >= min) && value <= max, {
    error: (issue) => `${name} must be a number ${exclusiveMin ? 'above' : 'from'} ${min} ${exclusiveMin ? 'and at most' : 'to'} ${max}, got ${String(issue.input)}`,
  });

const featureSchema = z
  .object({
    id: z.string({ error: 'id must be text' }).regex(/^[a-z][a-z0-9-]{0,19}$/, {
      error: (issue) => `id must be a lowercase word (letters, digits, hyphens), got '${String(issue.input)}'`,
    }),
    label: text('label'),
    unit: text('unit').optional(),
    scale: number('scale', 0, MAX_AMOUNT, true).optional(),
  })
  .strict()
  .refine((feature) => feature.unit === undefined || feature.scale !== undefined, {
    error: 'unit needs a scale: an amount such as tokens is shown in its unit and divided by scale for the model',
    path: ['unit'],
  });

const replySchema = z
  .object({
    id: z.string({ error: 'id must be text' }).regex(/^[A-Z][A-Za-z0-9]{0,2}$/, {
      error: (issue) => `id must be a capital letter and up to two more letters or digits, got '${String(issue.input)}'`,
    }),
    text: text('text'),
    features: z.record(z.string(), z.unknown(), { error: 'features must map each feature id to its value' }),
    reference: number('reference', 0, 1, true),
    true: number('true', -MAX_TRUE_SCORE, MAX_TRUE_SCORE),
  })
  .strict();

const bodySchema = z
  .object({
    prompt: text('prompt'),
    features: z.array(featureSchema, { error: 'features must be a list' }).min(FEATURE_COUNT.min).max(FEATURE_COUNT.max, {
      error: `features must list ${FEATURE_COUNT.min} to ${FEATURE_COUNT.max} features`,
    }),
    replies: z.array(replySchema, { error: 'replies must be a list' }).min(REPLY_COUNT.min, {
      error: `replies must list ${REPLY_COUNT.min} to ${REPLY_COUNT.max} replies`,
    }).max(REPLY_COUNT.max, { error: `replies must list ${REPLY_COUNT.min} to ${REPLY_COUNT.max} replies` }),
    ranking: z.array(z.string(), { error: 'ranking must be a list of reply ids, best first' }),
  })
  .strict()
  .superRefine((body, context) => {
    const duplicate = (ids: string[]) => ids.findIndex((id, index) => ids.indexOf(id) !== index);
    const featureIds = body.features.map((feature) => feature.id);
    const replyIds = body.replies.map((reply) => reply.id);
    const twiceFeature = duplicate(featureIds);
    if (twiceFeature >= 0) context.addIssue({ code: 'custom', path: ['features', twiceFeature, 'id'], message: `feature id '${featureIds[twiceFeature]}' is used twice` });
    const twiceReply = duplicate(replyIds);
    if (twiceReply >= 0) context.addIssue({ code: 'custom', path: ['replies', twiceReply, 'id'], message: `reply id '${replyIds[twiceReply]}' is used twice` });
    body.replies.forEach((reply, index) => {
      for (const key of Object.keys(reply.features)) {
        if (!featureIds.includes(key)) context.addIssue({ code: 'custom', path: ['replies', index, 'features', key], message: `unknown feature '${key}' (features: ${featureIds.join(', ')})` });
      }
      for (const feature of body.features) {
        const value = reply.features[feature.id];
        const path = ['replies', index, 'features', feature.id];
        if (value === undefined) context.addIssue({ code: 'custom', path: ['replies', index, 'features'], message: `reply ${reply.id} has no value for feature '${feature.id}'` });
        else if (feature.scale === undefined && typeof value !== 'boolean') context.addIssue({ code: 'custom', path, message: `${feature.id} must be true or false, got ${JSON.stringify(value)}` });
        else if (feature.scale !== undefined && !(typeof value === 'number' && value >= 0 && value <= MAX_AMOUNT)) context.addIssue({ code: 'custom', path, message: `${feature.id} must be a number from 0 to ${MAX_AMOUNT}, got ${JSON.stringify(value)}` });
      }
    });
    const sum = body.replies.reduce((total, reply) => total + reply.reference, 0);
    if (Math.abs(sum - 1) > REFERENCE_SUM_TOLERANCE) {
      context.addIssue({ code: 'custom', path: ['replies'], message: `the reference probabilities must add up to 1, got ${Number(sum.toPrecision(6))}` });
    }
    const isPermutation = body.ranking.length === replyIds.length && replyIds.every((id) => body.ranking.includes(id));
    if (!isPermutation) {
      context.addIssue({ code: 'custom', path: ['ranking'], message: `ranking must list every reply id once, best first (${replyIds.join(', ')}), got [${body.ranking.join(', ')}]` });
    }
  });

/**
 * Parses the body (plain data from YAML) and the settings parsed from the attributes into the lab's props, rendering
 * the prompt and the replies' Markdown with `renderInline`. Throws a ZodError naming the place of the first problem.
 */
export function parseRlhfLabBody(body: unknown, settings: RlhfLabSettings, renderInline: RenderInline): RlhfLabProps {
  const parsed = bodySchema.parse(body);
  const sum = parsed.replies.reduce((total, reply) => total + reply.reference, 0);
  const features = parsed.features.map((feature): RlhfFeature => ({ id: feature.id, scale: feature.scale }));
  const replies = parsed.replies.map(
    (reply): RlhfReply => ({
      id: reply.id,
      values: parsed.features.map((feature) => Number(reply.features[feature.id])),
      // Rescaled so that they add up to 1 exactly: authors round to a few decimals.
      reference: reply.reference / sum,
      trueScore: reply.true,
    }),
  );
  const ids = parsed.replies.map((reply) => reply.id);
  return {
    features,
    replies,
    ranking: parsed.ranking.map((id) => ids.indexOf(id)),
    settings,
    text: {
      prompt: renderInline(parsed.prompt),
      features: parsed.features.map((feature) => ({ label: feature.label, unit: feature.unit })),
      replies: parsed.replies.map((reply) => renderInline(reply.text)),
    },
  };
}
