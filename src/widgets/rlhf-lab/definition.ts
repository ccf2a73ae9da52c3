import type { ContainerWidgetDefinition } from '../types.ts';
import { parseRlhfLabBody } from './body.ts';
import { type RlhfLabProps, rlhfLabAttributes } from './props.ts';
import { RLHF_LAB_RESERVE } from './reserve.ts';

/**
 * `:::rlhf-lab{beta=0.5 mode=sampled}` … `:::`: rank the replies to one prompt, fit a Bradley–Terry reward model to the
 * ranking, then run PPO against it (or against the true preference). The body is YAML (./body.ts); attributes set the
 * starting settings (./props.ts), every one optional.
 */
export const rlhfLab: ContainerWidgetDefinition<RlhfLabProps> = {
  kind: 'container',
  parse: (body, renderInline, attributes) => parseRlhfLabBody(body, rlhfLabAttributes.parse(attributes ?? {}), renderInline),
  load: () => import('./RlhfLab.tsx'),
  reserve: RLHF_LAB_RESERVE,
  localisedProps: ['text'],
};
