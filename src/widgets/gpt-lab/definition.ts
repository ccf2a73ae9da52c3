import type { LeafWidgetDefinition } from '../types.ts';
import { GPT_LAB_RESERVE, gptLabAttributes, type GptLabProps } from './props.ts';

/**
 * `::gpt-lab{seed=1 layers=2 width=32 heads=4 context=64 batch=8 steps=2000 sft-steps=600 reward-steps=60
 * ppo-iterations=60 temperature=0.8}`: a tiny GPT trained in the page through pretraining, supervised fine-tuning, a
 * reward model and PPO, with its samples, loss curves, next-token probabilities and attention maps. Every attribute is
 * optional.
 */
export const gptLab: LeafWidgetDefinition<GptLabProps> = {
  kind: 'leaf',
  props: gptLabAttributes,
  load: () => import('./GptLab.tsx'),
  reserve: GPT_LAB_RESERVE,
};
