import type { LeafWidgetDefinition } from '../types.ts';
import { ADAM_LAB_RESERVE, type AdamLabProps, adamLabAttributes } from './props.ts';

/**
 * `::adam-lab{…}`: SGD, momentum, Adam, Adam without bias correction and AdamW side by side on one surface, step by
 * step, with every intermediate number. Its attributes are in props.ts.
 */
export const adamLab: LeafWidgetDefinition<AdamLabProps> = {
  kind: 'leaf',
  props: adamLabAttributes,
  load: () => import('./AdamLab.tsx'),
  reserve: ADAM_LAB_RESERVE,
};
