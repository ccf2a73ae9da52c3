/**
 * The YAML format of one question in a `:::quiz` block (content/README.md, "Quizzes"), as zod schemas. Messages are
 * written for chapter authors and name no field: the caller prefixes the question and the field
 * ("question 3 (gelu-at-1): answer must be a number").
 */
import { z } from 'zod';
import { QUESTION_TYPES, type QuestionType } from './types.ts';

/** A message for a value of the wrong type, or for a missing one. */
function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`);
}

/** Inline Markdown (numbers are accepted as text, since YAML reads `options: [1, 2]` as numbers). */
const markdown = z.preprocess(
  (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value),
  z.string({ error: expected('text (inline Markdown)') }).trim().min(1, 'must not be empty'),
);

const index = z.number({ error: expected('a whole number') }).int('must be a whole number').min(0, 'must not be negative');

const base = {
  id: z
    .string({ error: expected('text') })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by hyphens, e.g. gelu-at-1'),
  prompt: markdown,
  explain: markdown,
};

const options = z.array(markdown, { error: expected('a list of options') }).min(2, 'must list at least two options');

const single = z.strictObject({ ...base, type: z.literal('single'), options, answer: index }).superRefine((value, context) => {
  if (value.answer >= value.options.length) {
    context.addIssue({
      code: 'custom',
      path: ['answer'],
      message: `must be the index of an option, 0 to ${value.options.length - 1} (0-based), got ${value.answer}`,
    });
  }
});

const multiple = z
  .strictObject({
    ...base,
    type: z.literal('multiple'),
    options,
    answer: z.array(index, { error: expected('a list of option indices, e.g. [0, 2]') }).min(1, 'must list at least one index'),
  })
  .superRefine((value, context) => {
    const outside = value.answer.filter((choice) => choice >= value.options.length);
    if (outside.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `must hold option indices 0 to ${value.options.length - 1} (0-based), got ${outside.join(', ')}`,
      });
    }
    if (new Set(value.answer).size !== value.answer.length) {
      context.addIssue({ code: 'custom', path: ['answer'], message: 'lists an index twice' });
    }
  });

const truefalse = z.strictObject({
  ...base,
  type: z.literal('truefalse'),
  answer: z.boolean({ error: expected('true or false') }),
});

const order = z.strictObject({
  ...base,
  type: z.literal('order'),
  items: z.array(markdown, { error: expected('a list of items in the right order') }).min(2, 'must list at least two items'),
});

const finite = z.number({ error: expected('a number') }).refine(Number.isFinite, 'must be a finite number');

const numeric = z.strictObject({
  ...base,
  type: z.literal('numeric'),
  answer: finite,
  tolerance: z
    .number({ error: expected('a number (the absolute tolerance, e.g. 0.0005)') })
    .min(0, 'must not be negative')
    .refine(Number.isFinite, 'must be a finite number'),
});

const cloze = z.strictObject({
  ...base,
  type: z.literal('cloze'),
  text: z.string({ error: expected('text with blanks like [[answer|alternative]]') }).min(1, 'must not be empty'),
});

const recall = z.strictObject({ ...base, type: z.literal('recall'), answer: markdown });

/** The schema of each question type. */
export const QUESTION_SCHEMAS = { single, multiple, truefalse, order, numeric, cloze, recall } as const satisfies Record<
  QuestionType,
  z.ZodType
>;

/** A question as written in YAML, after validation (Markdown not yet rendered). */
export type QuestionSource = { [Type in QuestionType]: z.output<(typeof QUESTION_SCHEMAS)[Type]> }[QuestionType];

/** True when `value` names a question type. */
export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}
