import { adamLab } from './adam-lab/definition.ts';
import { attentionLab } from './attention-lab/definition.ts';
import { geluLab } from './gelu-lab/definition.ts';
import { gptLab } from './gpt-lab/definition.ts';
import { quiz } from './quiz/definition.ts';
import { rlhfLab } from './rlhf-lab/definition.ts';
import { samplingLab } from './sampling-lab/definition.ts';
import { softmaxLab } from './softmax-lab/definition.ts';
import type { WidgetDefinition } from './types.ts';

/**
 * Every widget a chapter can use, by directive name. One line per widget: the definition holds the props schema (or
 * the YAML body parser, for containers), the lazy component and the space to reserve. The Markdown pipeline knows
 * this map, not the widgets.
 */
export const widgetRegistry: Readonly<Record<string, WidgetDefinition<unknown>>> = {
  'adam-lab': adamLab,
  'attention-lab': attentionLab,
  'gelu-lab': geluLab,
  'gpt-lab': gptLab,
  quiz,
  'rlhf-lab': rlhfLab,
  'sampling-lab': samplingLab,
  'softmax-lab': softmaxLab,
} as unknown as Record<string, WidgetDefinition<unknown>>;
