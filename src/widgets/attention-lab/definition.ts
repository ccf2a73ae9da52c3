import type { LeafWidgetDefinition } from '../types.ts';
import { ATTENTION_LAB_RESERVE, type AttentionLabProps, attentionLabAttributes } from './props.ts';

/**
 * `::attention-lab{tokens="cat,ate,fish" dmodel=4 dk=2 wq="0,1;1,0;0,0;1,0" wk="…" wv="…" mask=true scale=true
 * heads=1 positions=false}`: one causal self-attention head (or two) computed in front of the reader, every
 * intermediate a matrix of numbers. Every attribute is optional; a matrix must be dmodel rows of dk numbers.
 */
export const attentionLab: LeafWidgetDefinition<AttentionLabProps> = {
  kind: 'leaf',
  props: attentionLabAttributes,
  load: () => import('./AttentionLab.tsx'),
  reserve: ATTENTION_LAB_RESERVE,
};
