import { parse as parseYaml } from 'yaml';

/** A piece of reader-facing text from a chapter source, with what is not prose already taken out. */
export interface ProseUnit {
  /** 1-based line in the file where the unit starts. */
  line: number;
  /** Where it comes from: a body line, a footnote definition, a front matter field or a quiz field. */
  where: 'body' | 'footnote' | 'front matter' | 'quiz' | 'widget';
  /** The text with math, code, URLs, link targets, footnote references and heading anchors replaced or removed. */
  text: string;
}

/** Stands in for a formula or a piece of code: a Latin letter, so punctuation beside it reads as beside a word. */
const PLACEHOLDER = 'X';

/** Takes out everything that is not prose; formulas and code become a placeholder word. */
export function stripNonProse(text: string): string {
  return text
    .replace(/\$\$[\s\S]*?\$\$/g, PLACEHOLDER)
    .replace(/\$(?:\\.|[^$\\])+\$/g, PLACEHOLDER)
    .replace(/`[^`]*`/g, PLACEHOLDER)
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\{#[a-z0-9-]+\}/g, '')
    .replace(/\[\[|\]\]/g, '');
}

const QUIZ_FIELDS = ['prompt', 'explain', 'answer', 'text'] as const;
const QUIZ_LISTS = ['options', 'items'] as const;

/**
 * Every piece of prose a reader sees in a chapter source: the title and summary, each body line outside code blocks,
 * display math, directives and quizzes, each footnote definition, every prompt, option, item, answer and
 * explanation of its quizzes, and every string in the YAML body of another container widget (such as the RLHF lab's
 * replies). For tests of the writing (full-width punctuation in Chinese, British spelling).
 */
export function proseUnits(source: string): ProseUnit[] {
  const lines = source.split('\n');
  const units: ProseUnit[] = [];
  let index = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    const data = parseYaml(lines.slice(1, end).join('\n')) as Record<string, unknown>;
    for (const field of ['title', 'summary']) {
      if (typeof data[field] === 'string') units.push({ line: 1, where: 'front matter', text: stripNonProse(data[field]) });
    }
    index = end + 1;
  }
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (/^(```|~~~)/.test(line)) {
      index = lines.findIndex((candidate, at) => at > index && candidate.startsWith(line.slice(0, 3)));
      if (index === -1) break;
      continue;
    }
    if (line.trim() === '$$') {
      index = lines.findIndex((candidate, at) => at > index && candidate.trim() === '$$');
      if (index === -1) break;
      continue;
    }
    if (line.trim() === ':::quiz') {
      const end = lines.findIndex((candidate, at) => at > index && candidate.trim() === ':::');
      units.push(...quizUnits(lines.slice(index + 1, end).join('\n'), index + 2));
      index = end;
      continue;
    }
    if (/^:::[a-z]/.test(line)) {
      const end = lines.findIndex((candidate, at) => at > index && candidate.trim() === ':::');
      const body: unknown = parseYaml(lines.slice(index + 1, end).join('\n'));
      units.push(...stringLeaves(body).map((text) => ({ line: index + 2, where: 'widget' as const, text: stripNonProse(text) })));
      index = end;
      continue;
    }
    if (/^::[a-z]/.test(line) || /^\|[\s|:-]+\|$/.test(line) || line.trim() === '') continue;
    const footnote = /^\[\^[^\]]+\]:/.test(line);
    units.push({ line: index + 1, where: footnote ? 'footnote' : 'body', text: stripNonProse(line.replace(/^\[\^[^\]]+\]:/, '')) });
  }
  return units;
}

/** The reader-facing strings of one quiz block's YAML, each with the line of its question. */
function quizUnits(yaml: string, firstLine: number): ProseUnit[] {
  const questions = parseYaml(yaml) as Array<Record<string, unknown>>;
  const starts = yaml.split('\n').flatMap((line, at) => (line.startsWith('- id:') ? [at + firstLine] : []));
  return questions.flatMap((question, position) => {
    const line = starts[position] ?? firstLine;
    const texts = [
      ...QUIZ_FIELDS.map((field) => question[field]),
      ...QUIZ_LISTS.flatMap((field) => (Array.isArray(question[field]) ? question[field] : [])),
    ].filter((value): value is string | number => typeof value === 'string' || typeof value === 'number');
    return texts.map((text) => ({ line, where: 'quiz' as const, text: stripNonProse(String(text)) }));
  });
}

/** Every string in a parsed YAML value, depth first (keys are syntax, not prose, and are left out). */
function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringLeaves);
  return [];
}
