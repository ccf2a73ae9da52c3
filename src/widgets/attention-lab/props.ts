/**
 * The attention lab's vocabulary: its props, their limits and defaults, and the schema of its directive attributes.
 * Each attribute has its own parser (attributeParsers), so the URL state can take what parses and ignore the rest.
 * Components import this file, never definition.ts.
 */
import { z } from 'zod';
import { attributeMessage, booleanAttribute, formatLimit, numberAttribute, parseNumberList } from '../attributes.ts';
import { vocabularyListAttribute } from '../vocabularyListAttribute.ts';
import { MATRIX_NAMES, MAX_KEY_WIDTH, type MatrixName } from './weightTables.ts';
import { MAX_MODEL_WIDTH, MAX_TOKENS, WORD_IDS, type WordId } from './vocabulary.ts';

/** Props of the attention lab. Every field has a default. */
export interface AttentionLabProps {
  /** The sequence, 3 to 8 words of the lab's vocabulary. Default cat, ate, fish (the chapter's worked example). */
  tokens: WordId[];
  /** d_model, the width of each embedding, 4 to 8. Default 4. */
  modelWidth: number;
  /** d_k, the width of each query, key and value, 1 to 16. Default 2. */
  keyWidth: number;
  /** Projection matrices the directive sets, each d_model × d_k; the others come from the lab's fixed tables. */
  weights: Partial<Record<MatrixName, number[][]>>;
  /** Apply the causal mask. Default true. */
  mask: boolean;
  /** Divide the scores by √d_k. Default true. */
  scale: boolean;
  /** One head, or two side by side. Default 1. */
  heads: 1 | 2;
  /** Add position embeddings to the token embeddings. Default false. */
  positions: boolean;
}

/** Limits shared by the attribute parsers and the lab's controls. */
export const LIMITS = {
  tokens: { min: 3, max: MAX_TOKENS },
  modelWidth: { min: 4, max: MAX_MODEL_WIDTH },
  keyWidth: { min: 1, max: MAX_KEY_WIDTH },
  /** Weights beyond ±5 make every softmax one-hot and the lesson is lost. */
  weight: { min: -5, max: 5 },
  heads: { min: 1, max: 2 },
} as const;

/** The lab's starting state when the directive sets nothing: the chapter's worked example. */
export const DEFAULT_PROPS: AttentionLabProps = {
  tokens: ['cat', 'ate', 'fish'],
  modelWidth: 4,
  keyWidth: 2,
  weights: {},
  mask: true,
  scale: true,
  heads: 1,
  positions: false,
};

/**
 * Height reserved for the lab before it mounts (definition.ts) and the lab's own min-height, so that nothing shifts
 * when it mounts with its chapter's three tokens. Measured in Chromium on the architecture chapter in both languages at
 * 18 widths from 320 to 1,440 px (Chinese is the taller, by up to 60 px): 1,480 px at 320, 1,302 at 360, 1,216 at 414,
 * 1,191 at 480, 1,071 at 600 and 996 from 650 up. The reserve is the upper envelope of those heights plus 24 px: two
 * falling lines (px − vw), a floor, and a step of 150 px below 340 px, where the stage tabs and switches wrap once
 * more ((340px − 100vw) × 1000 clamped to [0, 150px] is 150 px below 340 px and 0 above). A longer sequence, a second
 * head or a wide d_k (from a link) makes the lab taller when it mounts, usually before it is on screen.
 */
export const ATTENTION_LAB_RESERVE =
  'max(64rem, calc(1830px - 138.75vw + clamp(0px, (340px - 100vw) * 1000, 150px)), calc(1559px - 71.67vw))';

/**
 * A matrix written row by row, rows separated by ';' and entries by ',': "1,0;0,1;0,0;1,0". Every entry must lie in
 * `range` and every row must be as long as the first. The shape is checked against d_model × d_k by the schema.
 */
export function matrixAttribute(name: string, range: { min: number; max: number }) {
  const allowed = `rows of numbers from ${formatLimit(range.min)} to ${formatLimit(range.max)}, ',' between numbers and ';' between rows`;
  return z.string().transform((text, context): number[][] => {
    const rows = text.split(';').map((row) => parseNumberList(row));
    const first = rows[0];
    const problem =
      rows.some((row) => row === undefined) ? 'an entry is not a number'
      : rows.some((row) => row!.length !== first!.length) ? 'the rows differ in length'
      : rows.some((row) => row!.some((value) => value < range.min || value > range.max)) ? 'an entry is out of range'
      : undefined;
    if (problem) {
      context.addIssue({ code: 'custom', message: attributeMessage(name, allowed, text, problem) });
      return z.NEVER;
    }
    return rows as number[][];
  });
}

/** Parsers for each attribute on its own (strings in, typed values out). */
export const attributeParsers = {
  tokens: vocabularyListAttribute('tokens', WORD_IDS, LIMITS.tokens),
  dmodel: numberAttribute('dmodel', LIMITS.modelWidth, { integer: true }),
  dk: numberAttribute('dk', LIMITS.keyWidth, { integer: true }),
  ...(Object.fromEntries(MATRIX_NAMES.map((name) => [name, matrixAttribute(name, LIMITS.weight)])) as Record<
    MatrixName,
    ReturnType<typeof matrixAttribute>
  >),
  mask: booleanAttribute('mask'),
  scale: booleanAttribute('scale'),
  heads: numberAttribute('heads', LIMITS.heads, { integer: true }),
  positions: booleanAttribute('positions'),
};

/** Why `matrix` does not fit d_model × d_k, or undefined. */
export function shapeProblem(name: MatrixName, matrix: readonly (readonly number[])[], modelWidth: number, keyWidth: number): string | undefined {
  const columns = matrix[0]?.length ?? 0;
  if (matrix.length === modelWidth && columns === keyWidth) return undefined;
  return `${name} must be ${modelWidth} rows of ${keyWidth} numbers (d_model × d_k), got ${matrix.length} row${matrix.length === 1 ? '' : 's'} of ${columns}`;
}

const attributes = z
  .object({
    tokens: attributeParsers.tokens.default([...DEFAULT_PROPS.tokens]),
    dmodel: attributeParsers.dmodel.default(DEFAULT_PROPS.modelWidth),
    dk: attributeParsers.dk.default(DEFAULT_PROPS.keyWidth),
    wq: attributeParsers.wq.optional(),
    wk: attributeParsers.wk.optional(),
    wv: attributeParsers.wv.optional(),
    wq2: attributeParsers.wq2.optional(),
    wk2: attributeParsers.wk2.optional(),
    wv2: attributeParsers.wv2.optional(),
    mask: attributeParsers.mask.default(DEFAULT_PROPS.mask),
    scale: attributeParsers.scale.default(DEFAULT_PROPS.scale),
    heads: attributeParsers.heads.default(DEFAULT_PROPS.heads),
    positions: attributeParsers.positions.default(DEFAULT_PROPS.positions),
  })
  .strict()
  .transform((parsed, context): AttentionLabProps => {
    const weights: Partial<Record<MatrixName, number[][]>> = {};
    for (const name of MATRIX_NAMES) {
      const matrix = parsed[name];
      if (matrix === undefined) continue;
      const problem = shapeProblem(name, matrix, parsed.dmodel, parsed.dk);
      if (problem) {
        context.addIssue({ code: 'custom', path: [name], message: problem });
        return z.NEVER;
      }
      weights[name] = matrix;
    }
    return {
      tokens: parsed.tokens as WordId[],
      modelWidth: parsed.dmodel,
      keyWidth: parsed.dk,
      weights,
      mask: parsed.mask,
      scale: parsed.scale,
      heads: parsed.heads === 2 ? 2 : 1,
      positions: parsed.positions,
    };
  });

/** Parses directive attributes (strings) into props; used by definition.ts and the tests. */
export const attentionLabAttributes = attributes as unknown as z.ZodType<AttentionLabProps, Record<string, string>>;
