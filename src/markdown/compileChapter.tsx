import Markdown from 'react-markdown';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import type { CompiledChapter, Heading, WidgetInstance } from '../content/chapter.ts';
import { parseChapterPath } from '../content/chapter.ts';
import { splitFrontMatter } from '../content/frontMatter.ts';
import { isLocale, type Locale } from '../content/locale.ts';
import { notebookComponents } from './components.tsx';
import { KATEX_OPTIONS } from '../math-typesetting/katexOptions.ts';
import type { CompileContext } from './problems.ts';
import { rehypeAccessibleMarkup } from './rehypeAccessibleMarkup.ts';
import { rehypeMathCheck } from './rehypeMathCheck.ts';
import { rehypeSections } from './rehypeSections.ts';
import { remarkHeadingIds } from './remarkHeadingIds.ts';
import { type DiagramLookup, remarkMermaid } from './remarkMermaid.ts';
import { remarkWidgets, type WidgetEnvironment } from './remarkWidgets.ts';

/** What compiling needs from outside: the widget registry and the prerendered diagrams. */
export interface CompileEnvironment {
  registry: WidgetEnvironment['registry'];
  diagrams: DiagramLookup;
}

/**
 * The chapter pipeline, top to bottom: front matter → remark (GFM, math, directives, heading anchors, widgets,
 * diagrams) → rehype (formula check, KaTeX) → React elements → static HTML. Runs at build time and in the dev
 * server, never in the reader's browser. Never throws for bad content: problems become error boxes in place and are
 * listed in `problems`.
 */
export function compileChapter(source: string, file: string, environment: CompileEnvironment): CompiledChapter {
  const path = parseChapterPath(file);
  const locale: Locale = path && isLocale(path.locale) ? path.locale : 'en';
  const split = splitFrontMatter(source);
  const context: CompileContext = { file, lineOffset: split.bodyLineOffset, problems: [] };
  if (split.error) context.problems.push({ file, line: 1, kind: 'front matter', message: split.error });

  const headings: Heading[] = [];
  const widgets: WidgetInstance[] = [];
  const diagramState = { needsMermaid: false };
  const renderInline = (markdown: string) => renderInlineMarkdown(markdown, locale);
  const html = renderMarkdown(split.body, locale, [
    remarkGfm,
    remarkMath,
    remarkDirective,
    remarkHeadingIds(context, headings),
    remarkWidgets(context, split.body, { registry: environment.registry, renderInline }, widgets),
    remarkMermaid(context, environment.diagrams, diagramState),
  ], [rehypeMathCheck(context)]);

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
    headings,
    problems: context.problems,
    widgets,
    needsMermaid: diagramState.needsMermaid,
  };
}

function renderMarkdown(body: string, locale: Locale, remarkPlugins: PluggableList, rehypeBefore: PluggableList) {
  return renderToStaticMarkup(
    <Markdown
      remarkPlugins={remarkPlugins}
      remarkRehypeOptions={{
        footnoteLabel: locale === 'zh' ? '注释与来源' : 'Notes and sources',
        footnoteBackLabel: (index) => (locale === 'zh' ? `回到正文 ${index + 1}` : `Back to reference ${index + 1}`),
      }}
      rehypePlugins={[...rehypeBefore, [rehypeKatex, KATEX_OPTIONS], rehypeAccessibleMarkup, rehypeSections]}
      components={notebookComponents(locale)}
    >
      {body}
    </Markdown>,
  );
}

/**
 * Inline Markdown with `$math$` to static HTML, without the wrapping paragraph: for quiz prompts, options and other
 * short text that widgets show. Problems are thrown, so the caller can name the question that holds them.
 */
export function renderInlineMarkdown(markdown: string, locale: Locale): string {
  const context: CompileContext = { file: '(inline)', lineOffset: 0, problems: [] };
  const html = renderMarkdown(markdown, locale, [remarkGfm, remarkMath], [rehypeMathCheck(context)]);
  const problem = context.problems[0];
  if (problem) throw new Error(`${problem.kind}: ${problem.message}`);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}
