import type { MatrixId } from './cellFormula.ts';

/** The lab's stages, one tab each, in the order of the computation. */
export const STAGE_IDS = ['inputs', 'projections', 'scores', 'output'] as const;
/** One of the stages. */
export type StageId = (typeof STAGE_IDS)[number];

/** The matrices each stage shows, per head where they belong to one (the heat map of A is always on screen). */
export const STAGE_MATRICES: Record<StageId, readonly MatrixId[]> = {
  inputs: ['embeddings', 'positions', 'inputs'],
  projections: ['wq', 'wk', 'wv', 'queries', 'keys', 'values'],
  scores: ['scores', 'scaled', 'mask'],
  output: ['values', 'output', 'concat'],
};
