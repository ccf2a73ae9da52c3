import type { ChapterKind } from './frontMatter.ts';
import type { Locale } from './locale.ts';

/** One heading of a chapter, for the outline and for links. */
export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** A problem found while compiling a chapter; also shown in place on the page. */
export interface ContentProblem {
  /** Repo-relative path of the file, e.g. content/en/04-gelu.md. */
  file: string;
  line: number | undefined;
  /** What kind of content failed: front matter, formula, diagram, directive, widget, heading. */
  kind: string;
  message: string;
}

/** One widget placed in a chapter. */
export interface WidgetInstance {
  name: string;
  instanceId: string;
  /** The `##` section it sits in. */
  section: string | undefined;
  props: unknown;
}

/** What a chapter needs in the list and navigation: no body. */
export interface ChapterMeta {
  locale: Locale;
  /** The slug without its number (URL segment), e.g. "gelu". */
  slug: string;
  /** The NN prefix of the file name. */
  order: number;
  /** Repo-relative source path. */
  file: string;
  title: string;
  summary: string;
  /** A numbered chapter, or reference matter (the glossary) listed after the chapters without a number. */
  kind: ChapterKind;
  /** Set when the front matter is missing or invalid; the page then shows the error. */
  frontMatterError: string | undefined;
}

/** A chapter in the index: its metadata and the ids of its quiz questions (for mastery in the chapter list). */
export interface ChapterIndexEntry extends ChapterMeta {
  questionIds: string[];
}

/** A compiled chapter: metadata plus static HTML and what the page needs to make it interactive. */
export interface CompiledChapter extends ChapterMeta {
  html: string;
  headings: Heading[];
  problems: ContentProblem[];
  /** Every widget on the page, in order, with its parsed props (the quiz bank and search read these). */
  widgets: WidgetInstance[];
  /** Whether any diagram still needs Mermaid at run time (no prerendered SVG for it). */
  needsMermaid: boolean;
}

/** Parses `content/<locale>/NN-slug.md` into its parts, or undefined when the path does not follow that pattern. */
export function parseChapterPath(path: string): { locale: string; order: number; slug: string } | undefined {
  const match = /(?:^|\/)([a-z]{2})\/(\d{2})-([a-z0-9-]+)\.md$/.exec(path);
  if (!match) return undefined;
  return { locale: match[1] ?? '', order: Number(match[2]), slug: match[3] ?? '' };
}
