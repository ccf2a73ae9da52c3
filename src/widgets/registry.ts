import { geluLab } from './gelu-lab/definition.ts';
import { softmaxLab } from './softmax-lab/definition.ts';
import type { WidgetDefinition } from './types.ts';

/**
 * Every widget a chapter can use, by directive name. One line per widget: the definition holds the props schema, the
 * lazy component and the space to reserve. The Markdown pipeline knows this map, not the widgets.
 */
export const widgetRegistry: Readonly<Record<string, WidgetDefinition<unknown>>> = {
  'gelu-lab': geluLab,
  'softmax-lab': softmaxLab,
} as unknown as Record<string, WidgetDefinition<unknown>>;
