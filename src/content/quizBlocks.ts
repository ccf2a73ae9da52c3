import { parse as parseYaml } from 'yaml';
import { QUESTION_SCHEMAS, isQuestionType, type QuestionSource } from '../quiz/engine/questionSchema.ts';

/** One `:::quiz` block of a chapter source, with its questions as written (validated, Markdown not rendered). */
export interface QuizBlock {
  /** The anchor of the `##` section the block follows, or undefined before the first one. */
  section: string | undefined;
  /** 1-based line of the `:::quiz` opener in the file. */
  line: number;
  questions: QuestionSource[];
}

const HEADING = /^(#{2,3}) .*\{#([a-z0-9-]+)\}\s*$/;

/**
 * Finds the quiz blocks of a chapter's Markdown source without compiling the chapter (a few milliseconds instead of a
 * second per chapter), for tests that check the questions as authored: key balance, punctuation, retired ids. Throws
 * with the file's line when a block is not valid YAML or a question does not match its schema, since the pipeline
 * would show an error box there.
 */
export function quizBlocks(source: string): QuizBlock[] {
  const lines = source.split('\n');
  const blocks: QuizBlock[] = [];
  let section: string | undefined;
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fenceMatch = /^(```|~~~)/.exec(line);
    if (fenceMatch) fence = fence === undefined ? fenceMatch[1] : line.startsWith(fence) ? undefined : fence;
    if (fence !== undefined) continue;
    const heading = HEADING.exec(line);
    if (heading?.[1] === '##') section = heading[2];
    if (line.trim() !== ':::quiz') continue;
    const end = lines.findIndex((candidate, at) => at > index && candidate.trim() === ':::');
    if (end === -1) throw new Error(`line ${index + 1}: :::quiz is never closed`);
    const body: unknown = parseYaml(lines.slice(index + 1, end).join('\n'));
    if (!Array.isArray(body)) throw new Error(`line ${index + 1}: a quiz must be a YAML list`);
    const questions = body.map((item: unknown, position) => {
      const type = (item as { type?: unknown } | null)?.type;
      if (!isQuestionType(type)) throw new Error(`line ${index + 1}, question ${position + 1}: unknown type`);
      const parsed = QUESTION_SCHEMAS[type].safeParse(item);
      if (!parsed.success) throw new Error(`line ${index + 1}, question ${position + 1}: ${parsed.error.message}`);
      return parsed.data as QuestionSource;
    });
    blocks.push({ section, line: index + 1, questions });
    index = end;
  }
  return blocks;
}
