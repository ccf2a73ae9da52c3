/**
 * What the lab knows of its RLHF stages without their code: their names, PPO's default knobs, the comparison counts
 * and whether a stage may train, all read from the session's meta. The stages themselves (rlhfStages.ts, and through
 * it the reward model and PPO) are a separate chunk that the worker imports the first time a reader uses them, so the
 * lab's first load stays within its budget (issue #23: 40 KB gzip before the checkpoint).
 */
import type { Locale } from '../../../content/locale.ts';
import type { PpoKnobs, SessionMeta } from './sessionMeta.ts';

/** The stages rlhfStages.ts trains. */
export type RlhfStage = 'reward' | 'ppo';

/** PPO's knobs before the reader touches them: InstructGPT's clip range; β and the rate measured on the lab's models. */
export const DEFAULT_PPO_KNOBS: PpoKnobs = { beta: 0.1, epsilon: 0.2, learningRate: 1e-4, rollouts: 16 };
/** Fewest training comparisons the reward model starts with. */
export const MIN_TRAINING_COMPARISONS = 4;
/** The mark the shipped comparisons over-rate (see data/README.md): the lab counts how often replies end with it. */
export const PLANTED_MARK: Record<Locale, string> = { en: '!', zh: '！' };
/** Which questions (by index among the dialogues' distinct questions) the lab follows as PPO goes on. */
const FIXED_PROMPTS = [0, 1, 4];

/** The questions the lab follows as PPO goes on, from the dialogues' distinct questions. */
export function fixedPrompts(questions: readonly string[]): string[] {
  return FIXED_PROMPTS.map((index) => questions[index % questions.length]!);
}

/** How many comparisons train the reward model and how many are held out. */
export function comparisonCounts(meta: SessionMeta): { training: number; heldOut: number } {
  const heldOut = meta.comparisons.filter((comparison) => comparison.heldOut).length;
  return { training: meta.comparisons.length - heldOut, heldOut };
}

/**
 * True when `stage` has steps left and what it needs: a fine-tuned model and enough comparisons for the reward model,
 * a reward model for PPO.
 */
export function canTrainRlhf(meta: SessionMeta, stage: RlhfStage): boolean {
  if (stage === 'reward') {
    return meta.reward.step < meta.reward.total && (meta.stage === 'sft' || meta.stage === 'reward') && meta.sft.step > 0
      && comparisonCounts(meta).training >= MIN_TRAINING_COMPARISONS;
  }
  return meta.ppo.step < meta.ppo.total && (meta.stage === 'reward' || meta.stage === 'ppo') && meta.reward.step > 0;
}
