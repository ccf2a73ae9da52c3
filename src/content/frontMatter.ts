import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';

/** What a page is: a numbered chapter (the default), or reference matter such as the glossary. */
export const CHAPTER_KINDS = ['chapter', 'reference'] as const;
export type ChapterKind = (typeof CHAPTER_KINDS)[number];

/**
 * The front matter every chapter carries. `kind: reference` marks a page that is looked things up in rather than read
 * in order (the glossary): it is listed after the chapters without a chapter number, and its sections need no quiz.
 */
export const frontMatterSchema = z.object({
  title: z.string().trim().min(1, 'title must be a non-empty string'),
  summary: z.string().trim().min(1, 'summary must be a non-empty string'),
  kind: z.enum(CHAPTER_KINDS, { error: `kind must be one of ${CHAPTER_KINDS.join(', ')}` }).default('chapter'),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A chapter's source split into its front matter and its Markdown body. */
export interface SplitSource {
  /** Parsed front matter, or undefined when it is missing or invalid (see `error`). */
  frontMatter: FrontMatter | undefined;
  /** What is wrong with the front matter, in words. */
  error: string | undefined;
  body: string;
  /** How many lines precede the body in the file, so body line N is file line N + bodyLineOffset. */
  bodyLineOffset: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` front matter from the body and validates it; never throws. */
export function splitFrontMatter(source: string): SplitSource {
  const match = FENCE.exec(source);
  if (!match) {
    return {
      frontMatter: undefined,
      error: 'missing front matter: the file must start with a --- block holding title and summary',
      body: source,
      bodyLineOffset: 0,
    };
  }
  const body = source.slice(match[0].length);
  const bodyLineOffset = match[0].split('\n').length - 1;
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    return { frontMatter: undefined, error: `front matter is not valid YAML: ${message}`, body, bodyLineOffset };
  }
  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    );
    return { frontMatter: undefined, error: `invalid front matter: ${problems.join('; ')}`, body, bodyLineOffset };
  }
  return { frontMatter: parsed.data, error: undefined, body, bodyLineOffset };
}
