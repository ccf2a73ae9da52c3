import Markdown from 'react-markdown';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import type { VFile } from 'vfile';
import type { CompiledChapter } from '../content/chapter.ts';
import { parseChapterPath } from '../content/chapter.ts';
import { splitFrontMatter } from '../content/frontMatter.ts';
import { isLocale, type Locale } from '../content/locale.ts';
import { KATEX_OPTIONS } from '../math-typesetting/katexOptions.ts';
import { notebookComponents } from './components.tsx';
import { problemsOf } from './problems.ts';
import { rehypeAccessibleMarkup } from './rehypeAccessibleMarkup.ts';
import { rehypeMathCheck } from './rehypeMathCheck.ts';
import { rehypeSections } from './rehypeSections.ts';
import { remarkHeadingIds } from './remarkHeadingIds.ts';
import { type DiagramLookup, remarkMermaid } from './remarkMermaid.ts';
import { remarkWidgets, type WidgetEnvironment } from './remarkWidgets.ts';
import { STRINGS } from './strings.ts';

/** What compiling needs from outside: the widget registry and the prerendered diagrams. */
export interface CompileEnvironment {
  registry: WidgetEnvironment['registry'];
  diagrams: DiagramLookup;
  /** The chapter's language when its file name does not say it (`<locale>/NN-slug.md`); default 'en'. */
  locale?: Locale;
}

/**
 * The chapter pipeline, top to bottom: front matter → remark (GFM, math, directives, heading anchors, widgets,
 * diagrams) → rehype (formula check, KaTeX, accessible markup, sections) → React elements → static HTML. Runs at
 * build time and in the dev server, never in the reader's browser. Never throws for bad content: the plugins report
 * problems with `file.message()` and put error boxes in place; what they find (headings, widgets, whether Mermaid is
 * needed) they leave in `file.data`.
 */
export function compileChapter(source: string, file: string, environment: CompileEnvironment): CompiledChapter {
  const path = parseChapterPath(file);
  const locale: Locale = path && isLocale(path.locale) ? path.locale : (environment.locale ?? 'en');
  const split = splitFrontMatter(source);
  // The front matter's lines stay as blank lines, so that every position the plugins see is a line of the file.
  const body = '\n'.repeat(split.bodyLineOffset) + split.body;
  const renderInline = (markdown: string) => renderInlineMarkdown(markdown, locale);
  const { html, vfile } = renderMarkdown(body, locale, file, [
    remarkGfm,
    remarkMath,
    remarkDirective,
    remarkHeadingIds,
    [remarkWidgets, { registry: environment.registry, renderInline }],
    [remarkMermaid, { diagrams: environment.diagrams }],
  ], [rehypeMathCheck]);
  const frontMatterProblem = split.error ? [{ file, line: 1, kind: 'front matter', message: split.error }] : [];

  return {
    locale,
    slug: path?.slug ?? file,
    order: path?.order ?? 0,
    file,
    title: split.frontMatter?.title ?? path?.slug ?? file,
    summary: split.frontMatter?.summary ?? '',
    kind: split.frontMatter?.kind ?? 'chapter',
    frontMatterError: split.error,
    html,
    headings: vfile.data.headings ?? [],
    problems: [...frontMatterProblem, ...problemsOf(vfile, file)],
    widgets: vfile.data.widgets ?? [],
    needsMermaid: vfile.data.needsMermaid ?? false,
  };
}

/**
 * Runs react-markdown with the notebook's plugins and renders the result to static HTML. react-markdown keeps its
 * VFile to itself, so the last plugin hands it over: the caller reads the messages and data the plugins left on it.
 */
function renderMarkdown(
  markdown: string,
  locale: Locale,
  file: string,
  remarkPlugins: PluggableList,
  rehypeBefore: PluggableList,
): { html: string; vfile: VFile } {
  let vfile: VFile | undefined;
  const handOver = () => (_tree: unknown, processed: VFile) => {
    vfile = processed;
  };
  const strings = STRINGS[locale];
  const html = renderToStaticMarkup(
    <Markdown
      remarkPlugins={remarkPlugins}
      remarkRehypeOptions={{ footnoteLabel: strings.footnotes, footnoteBackLabel: (index) => strings.backToReference(index + 1) }}
      rehypePlugins={[...rehypeBefore, [rehypeKatex, KATEX_OPTIONS], rehypeAccessibleMarkup, rehypeSections, handOver]}
      components={notebookComponents(locale, file)}
    >
      {markdown}
    </Markdown>,
  );
  if (!vfile) throw new Error('the Markdown pipeline did not run its last plugin');
  return { html, vfile };
}

/**
 * Inline Markdown with `$math$` to static HTML, without the wrapping paragraph: for quiz prompts, options and other
 * short text that widgets show. Problems are thrown, so the caller can name the question that holds them.
 */
export function renderInlineMarkdown(markdown: string, locale: Locale): string {
  const { html, vfile } = renderMarkdown(markdown, locale, '(inline)', [remarkGfm, remarkMath], [rehypeMathCheck]);
  const problem = problemsOf(vfile, '(inline)')[0];
  if (problem) throw new Error(`${problem.kind}: ${problem.message}`);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}
