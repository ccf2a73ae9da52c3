/**
 * The meta's version, its limits and the RLHF records of a fresh session: what the worker needs from the very start.
 * Apart from sessionMeta.ts, whose schemas (and zod behind them) load only with the file code, on the first save or
 * restore (see sessionFile.ts).
 */
import type { PpoKnobs, SessionMeta } from './sessionMeta.ts';

/** The meta version this lab writes. */
export const SESSION_META_VERSION = 2;
/** Longest prompt of a comparison, in characters (the lab's question boxes take no more). */
export const MAX_COMPARISON_PROMPT = 40;
/** Longest reply of a comparison, in characters. */
export const MAX_COMPARISON_REPLY = 80;
/** Most comparisons a model file may hold. */
export const MAX_COMPARISONS = 400;

/** The records of the reward-model and PPO stages before either has started. */
export function freshRlhfRecords(rewardSteps: number, ppoIterations: number, knobs: PpoKnobs): Pick<SessionMeta, 'reward' | 'ppo'> {
  return {
    reward: { step: 0, total: rewardSteps, train: [], heldOut: [] },
    ppo: { step: 0, total: ppoIterations, updates: 0, settings: knobs, points: [], samples: [] },
  };
}
