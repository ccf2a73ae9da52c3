import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapter } from '../markdown/compileChapter.tsx';
import { createDiagramLookup } from '../markdown/diagramStore.ts';
import { widgetRegistry } from '../widgets/registry.ts';
import type { CompiledChapter } from './chapter.ts';
import { listChapters } from './listChapters.ts';

// zh and en say the same thing with the same structure: this compiles every reader chapter through the real pipeline
// and compares what a reader can count on the page.
const root = join(import.meta.dirname, '..', '..');
const environment = { registry: widgetRegistry, diagrams: createDiagramLookup(root) };
const chapterFiles = (locale: string) =>
  listChapters(root).filter((chapter) => chapter.locale === locale).map((chapter) => chapter.file.split('/').at(-1)!);

const compiled = new Map<string, CompiledChapter>();
/** Compiles a chapter once per test run (each compile typesets a few hundred formulas). */
function compile(locale: string, name: string): CompiledChapter {
  const file = `content/${locale}/${name}`;
  let chapter = compiled.get(file);
  if (!chapter) {
    chapter = compileChapter(readFileSync(join(root, file), 'utf8'), file, environment);
    compiled.set(file, chapter);
  }
  return chapter;
}

/** What must match across the two languages. */
function shape(chapter: CompiledChapter) {
  const count = (pattern: RegExp) => (chapter.html.match(pattern) ?? []).length;
  const quiz = chapter.widgets
    .filter((widget) => widget.name === 'quiz')
    .flatMap((widget) =>
      ((widget.props as { questions: Array<Record<string, unknown>> }).questions ?? []).map((question) => ({
        section: widget.section,
        id: question.id,
        type: question.type,
      })),
    );
  return {
    kind: chapter.kind,
    headings: chapter.headings.map((heading) => `${heading.depth} ${heading.id}`),
    formulas: count(/class="katex"/g),
    displayFormulas: count(/class="katex-display"/g),
    diagrams: count(/data-diagram=""/g),
    widgets: chapter.widgets.filter((widget) => widget.name !== 'quiz').map((widget) => `${widget.name} ${JSON.stringify(comparableProps(widget))}`),
    footnotes: count(/data-footnote-ref/g),
    quiz,
  };
}

/** A widget's props without the keys its definition marks as reader-facing text, which differs between languages. */
function comparableProps(widget: CompiledChapter['widgets'][number]): unknown {
  const definition = widgetRegistry[widget.name];
  const localised = definition?.kind === 'container' ? (definition.localisedProps ?? []) : [];
  return Object.fromEntries(Object.entries(widget.props as object).filter(([key]) => !localised.includes(key)));
}

describe('content', () => {
  const zh = chapterFiles('zh');
  const en = chapterFiles('en');

  it('has the same chapters in zh and en', () => {
    expect(zh).toEqual(en);
    expect(zh.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of en) {
    describe(`chapter ${name}`, () => {
      const chapters = { zh: compile('zh', name), en: compile('en', name) };

      it('compiles without a problem in either language (every formula, diagram, widget and anchor)', () => {
        expect(chapters.zh.problems).toEqual([]);
        expect(chapters.en.problems).toEqual([]);
        expect(chapters.zh.frontMatterError).toBeUndefined();
        expect(chapters.en.frontMatterError).toBeUndefined();
      });

      it('has the same anchors, formulas, diagrams, widgets, footnotes and questions in zh and en', () => {
        expect(shape(chapters.zh)).toEqual(shape(chapters.en));
      });

      // Reference pages (the glossary) are looked things up in, not studied section by section: no quiz rule.
      it.skipIf(chapters.en.kind === 'reference')('tests every ## section with at least two questions', () => {
        const sections = chapters.en.headings.filter((heading) => heading.depth === 2).map((heading) => heading.id);
        const perSection = new Map<string, number>();
        for (const question of shape(chapters.en).quiz) {
          perSection.set(String(question.section), (perSection.get(String(question.section)) ?? 0) + 1);
        }
        for (const section of sections) expect(perSection.get(section) ?? 0, `section #${section}`).toBeGreaterThanOrEqual(2);
      });
    });
  }

  it('uses each question id once across the notebook', () => {
    const ids = en.flatMap((name) => shape(compile('en', name)).quiz.map((question) => String(question.id)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(80);
  });
});
