/**
 * Turns the parsed YAML body of a `:::quiz` block into the quiz widget's props: validates every question, renders
 * every Markdown field to HTML with the build's inline renderer, and keeps the normalised answers for grading.
 */
import type { z } from 'zod';
import { clozeBlanks, ClozeSyntaxError, joinCloze, parseCloze } from './cloze.ts';
import { normaliseAnswer } from './normaliseAnswer.ts';
import { isQuestionType, QUESTION_SCHEMAS, type QuestionSource } from './questionSchema.ts';
import { QUESTION_TYPES, type Question, type QuestionType, type QuizProps } from './types.ts';

/** Renders inline Markdown (with `$math$`) to HTML; the same contract as the widget pipeline's RenderInline. */
export type RenderInline = (markdown: string) => string;

/** Every problem found in a quiz block, one line each, for the author. */
export class QuizFormatError extends Error {
  override name = 'QuizFormatError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const GAP_TOKEN = /zzquizgap(\d+)zz/g;
const MARK_OPEN_TOKEN = 'zzquizmarkopenzz';
const MARK_CLOSE_TOKEN = 'zzquizmarkclosezz';

/** Validates and renders a quiz block. Throws QuizFormatError listing every problem (not only the first). */
export function parseQuiz(body: unknown, renderInline: RenderInline): QuizProps {
  if (!Array.isArray(body) || body.length === 0) {
    throw new QuizFormatError(['the quiz must be a YAML list of questions (each item starting with "- id: …")']);
  }
  const problems: string[] = [];
  const questions: Question[] = [];
  const seen = new Set<string>();
  body.forEach((item: unknown, position) => {
    const id = typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
    const label = `question ${position + 1}${id ? ` (${id})` : ''}`;
    const source = validateQuestion(item);
    if (typeof source === 'string' || Array.isArray(source)) {
      for (const problem of [source].flat()) problems.push(`${label}: ${problem}`);
      return;
    }
    if (seen.has(source.id)) problems.push(`${label}: id is used by an earlier question of this quiz`);
    seen.add(source.id);
    try {
      questions.push(renderQuestion(source, renderInline));
    } catch (error) {
      problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  if (problems.length > 0) throw new QuizFormatError(problems);
  return { questions };
}

/** The validated question, or the problems found (without the question label). */
function validateQuestion(item: unknown): QuestionSource | string | string[] {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return 'must be a mapping with id, type, prompt and explain';
  }
  const type: unknown = (item as Record<string, unknown>).type;
  if (type === undefined) return `type is missing (one of ${QUESTION_TYPES.join(', ')})`;
  if (!isQuestionType(type)) return `type must be one of ${QUESTION_TYPES.join(', ')}, got '${String(type)}'`;
  const result = QUESTION_SCHEMAS[type].safeParse(item);
  if (result.success) return result.data as QuestionSource;
  return result.error.issues.map((issue) => describeIssue(issue, type));
}

/** One zod issue as "field message". */
function describeIssue(issue: z.core.$ZodIssue, type: QuestionType): string {
  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(QUESTION_SCHEMAS[type].shape).join(', ');
    const names = issue.keys.map((key) => `'${key}'`).join(', ');
    return `unknown field ${names} (a ${type} question has ${allowed})`;
  }
  const field = issue.path
    .map((part, position) => (typeof part === 'number' ? `[${part}]` : `${position > 0 ? '.' : ''}${String(part)}`))
    .join('');
  return field === '' ? issue.message : `${field} ${issue.message}`;
}

/** Renders one Markdown field, naming the field if the renderer fails. */
function renderField(renderInline: RenderInline, field: string, markdown: string): string {
  try {
    return renderInline(markdown);
  } catch (error) {
    throw new Error(`${field} could not be rendered: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

function renderQuestion(source: QuestionSource, renderInline: RenderInline): Question {
  const common = {
    id: source.id,
    promptHtml: renderField(renderInline, 'prompt', source.prompt),
    explainHtml: renderField(renderInline, 'explain', source.explain),
  };
  const renderList = (field: string, list: string[]) =>
    list.map((markdown, position) => renderField(renderInline, `${field}[${position}]`, markdown));
  switch (source.type) {
    case 'single':
      return { ...common, type: 'single', optionsHtml: renderList('options', source.options), answer: source.answer };
    case 'multiple':
      return {
        ...common,
        type: 'multiple',
        optionsHtml: renderList('options', source.options),
        answer: [...source.answer].sort((left, right) => left - right),
      };
    case 'truefalse':
      return { ...common, type: 'truefalse', answer: source.answer };
    case 'order':
      return { ...common, type: 'order', itemsHtml: renderList('items', source.items) };
    case 'numeric':
      return { ...common, type: 'numeric', answer: source.answer, tolerance: source.tolerance };
    case 'recall':
      return { ...common, type: 'recall', answerHtml: renderField(renderInline, 'answer', source.answer) };
    case 'cloze':
      return { ...common, ...renderCloze(source.text, renderInline) };
  }
}

/** Renders cloze text twice: with numbered gaps (the question) and with the first answers filled in (the solution). */
function renderCloze(text: string, renderInline: RenderInline) {
  let pieces;
  try {
    pieces = parseCloze(text);
  } catch (error) {
    if (error instanceof ClozeSyntaxError) throw new Error(`text ${error.message}`, { cause: error });
    throw error;
  }
  const blanks = clozeBlanks(pieces);
  if (blanks.length === 0) throw new Error('text has no blank: mark one with [[answer|alternative]]');
  // Text blanks become a token that Markdown leaves alone, swapped for a gap element after rendering; formula blanks
  // become a KaTeX box, so the formula still typesets.
  const questionMarkdown = joinCloze(pieces, (blank) =>
    blank.inFormula ? `\\boxed{\\,?_{${blank.number}}\\,}` : `zzquizgap${blank.number}zz`,
  );
  const solutionMarkdown = joinCloze(pieces, (blank) =>
    blank.inFormula ? `\\boxed{${blank.alternatives[0]}}` : `${MARK_OPEN_TOKEN}${blank.alternatives[0]}${MARK_CLOSE_TOKEN}`,
  );
  const textHtml = renderField(renderInline, 'text', questionMarkdown).replace(
    GAP_TOKEN,
    (_match, number: string) => `<span class="quiz-cloze__gap" data-blank="${number}">?<sub>${number}</sub></span>`,
  );
  const solutionHtml = renderField(renderInline, 'text', solutionMarkdown)
    .replaceAll(MARK_OPEN_TOKEN, '<mark class="quiz-cloze__fill">')
    .replaceAll(MARK_CLOSE_TOKEN, '</mark>');
  return {
    type: 'cloze' as const,
    textHtml,
    solutionHtml,
    blanks: blanks.map((blank) => ({
      number: blank.number,
      inFormula: blank.inFormula,
      accepted: [...new Set(blank.alternatives.map((alternative) => normaliseAnswer(alternative, blank.inFormula)))],
    })),
  };
}
