import type { LeafWidgetDefinition } from '../types.ts';
import { GELU_LAB_RESERVE, type GeluLabProps, geluLabAttributes } from './props.ts';

/**
 * `::gelu-lab{…}`: exact GeLU, its tanh and sigmoid approximations, ReLU, erf, Φ and GeLU′ with a probe, an error
 * panel and the key points. Its attributes are in props.ts.
 */
export const geluLab: LeafWidgetDefinition<GeluLabProps> = {
  kind: 'leaf',
  props: geluLabAttributes,
  load: () => import('./GeluLab.tsx'),
  reserve: GELU_LAB_RESERVE,
};
