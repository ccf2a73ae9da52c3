/** What search needs of a widget placed in a chapter (src/content/chapter.ts `WidgetInstance`). */
export interface SearchableWidget {
  name: string;
  instanceId: string;
  /** The `##` section the pipeline found the widget in. */
  section: string | undefined;
  props: unknown;
}

/**
 * Fields of a question whose HTML is not searched: the cloze solution repeats the cloze text with its blanks
 * filled in, so searching it would double every word.
 */
const SKIPPED_FIELDS: ReadonlySet<string> = new Set(['solutionHtml']);

/**
 * The pre-rendered HTML of every question of a `quiz` widget, in the author's order: each question's prompt, its
 * options or items, cloze text, recall answer and explanation (every `…Html` field, strings or lists of strings).
 * Props are build output but still `unknown` here: anything that is not a question list yields nothing.
 */
export function quizQuestionHtml(widget: SearchableWidget): string[] {
  if (widget.name !== 'quiz') return [];
  const questions = (widget.props as { questions?: unknown } | null | undefined)?.questions;
  if (!Array.isArray(questions)) return [];
  const parts: string[] = [];
  for (const question of questions) {
    if (typeof question !== 'object' || question === null) continue;
    for (const [key, value] of Object.entries(question)) {
      if (!key.endsWith('Html') || SKIPPED_FIELDS.has(key)) continue;
      if (typeof value === 'string') parts.push(value);
      else if (Array.isArray(value)) parts.push(...value.filter((item): item is string => typeof item === 'string'));
    }
  }
  return parts;
}
