import type { LeafWidgetDefinition } from '../types.ts';
import { SAMPLING_LAB_RESERVE, type SamplingLabProps, samplingLabAttributes } from './props.ts';

/**
 * `::sampling-lab{tokens="mat,floor,sofa" logits="3,2,1" temperature=1 topk=3 topp=0.9 seed=1 draws=0}`: the next
 * token chosen from the logits, with temperature (0 = greedy), top-k, top-p, the renormalised probabilities and
 * seeded draws shown as a histogram beside them. Every attribute is optional; `logits` must match `tokens`.
 */
export const samplingLab: LeafWidgetDefinition<SamplingLabProps> = {
  kind: 'leaf',
  props: samplingLabAttributes,
  load: () => import('./SamplingLab.tsx'),
  reserve: SAMPLING_LAB_RESERVE,
};
