import type { LeafWidgetDefinition } from '../types.ts';
import { SOFTMAX_LAB_RESERVE, type SoftmaxLabProps, softmaxLabAttributes } from './props.ts';

/** `::softmax-lab{…}`: softmax, temperature and cross-entropy, live. Its attributes are in props.ts. */
export const softmaxLab: LeafWidgetDefinition<SoftmaxLabProps> = {
  kind: 'leaf',
  props: softmaxLabAttributes,
  load: () => import('./SoftmaxLab.tsx'),
  reserve: SOFTMAX_LAB_RESERVE,
};
