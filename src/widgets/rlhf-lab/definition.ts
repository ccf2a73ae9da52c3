import type { ContainerWidgetDefinition } from '../types.ts';
import { parseRlhfLab, RLHF_LAB_RESERVE, type RlhfLabProps } from './props.ts';

/**
 * `:::rlhf-lab{beta=0.5 mode=sampled}` … `:::`: rank the replies to one prompt, fit a Bradley–Terry reward model to the
 * ranking, then run PPO against it (or against the true preference). The body is YAML (./body.ts); attributes set the
 * starting settings (./props.ts), every one optional.
 */
export const rlhfLab: ContainerWidgetDefinition<RlhfLabProps> = {
  kind: 'container',
  parse: parseRlhfLab,
  load: () => import('./RlhfLab.tsx'),
  reserve: RLHF_LAB_RESERVE,
  localisedProps: ['text'],
};
