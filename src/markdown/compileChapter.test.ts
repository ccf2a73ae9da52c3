// The pipeline tested the unified way, from fixtures: every folder src/markdown/fixtures/<case>/ holds an input.md and
// what compiling it must give:
//   output.html    the chapter's HTML (a line break before each block, so that a diff is readable)
//   problems.json  every problem reported, as [line, kind, message]
//   data.json      title, summary, front matter error, headings, widgets (with parsed props) and needsMermaid
// A case's prerendered diagrams are in its own diagrams/ folder; a case whose name ends in -zh is compiled as Chinese.
// After an intended change, regenerate and read the diff:
//   UPDATE_FIXTURES=1 npx vitest run src/markdown/compileChapter.test.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { widgetRegistry } from '../widgets/registry.ts';
import { compileChapter } from './compileChapter.tsx';
import { createDiagramLookup } from './diagramStore.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'input.md'))).sort();

/** The HTML with a line break before each block-level element, so that a fixture's diff shows which block changed. */
function readable(html: string): string {
  return `${html.replace(/(?<!^)<(?=(?:p|h[1-6]|section|div|ul|ol|li|pre|table|thead|tbody|tr|figure|blockquote|hr)[\s>])/g, '\n<')}\n`;
}

/** Compares `actual` with the fixture file `name` of a case, or writes it when UPDATE_FIXTURES=1. */
function matchFixture(folder: string, name: string, actual: string) {
  const path = join(folder, name);
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} is missing: run UPDATE_FIXTURES=1 npx vitest run src/markdown/compileChapter.test.ts`);
  expect(actual, `${path} (regenerate with UPDATE_FIXTURES=1 if the change is intended)`).toBe(readFileSync(path, 'utf8'));
}

function compileCase(name: string) {
  const folder = join(FIXTURES, name);
  const file = `src/markdown/fixtures/${name}/input.md`;
  return compileChapter(readFileSync(join(folder, 'input.md'), 'utf8'), file, {
    registry: widgetRegistry,
    diagrams: createDiagramLookup(folder, 'diagrams'),
    locale: name.endsWith('-zh') ? 'zh' : 'en',
  });
}

describe('compileChapter fixtures', () => {
  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(`${name}`, { timeout: 60_000 }, () => {
      const folder = join(FIXTURES, name);
      const chapter = compileCase(name);
      expect(chapter.problems.every((problem) => problem.file === `src/markdown/fixtures/${name}/input.md`)).toBe(true);
      matchFixture(folder, 'output.html', readable(chapter.html));
      const problems = chapter.problems.map((problem) => [problem.line ?? null, problem.kind, problem.message]);
      matchFixture(folder, 'problems.json', `${JSON.stringify(problems, null, 1)}\n`);
      const { title, summary, frontMatterError, headings, widgets, needsMermaid } = chapter;
      const data = { title, summary, frontMatterError: frontMatterError ?? null, headings, widgets, needsMermaid };
      matchFixture(folder, 'data.json', `${JSON.stringify(data, null, 1)}\n`);
    });
  }

  it('between them report every kind of problem, each with a line', () => {
    const problems = cases.flatMap((name) => compileCase(name).problems);
    expect(new Set(problems.map((problem) => problem.kind))).toEqual(
      new Set(['front matter', 'heading', 'formula', 'diagram', 'directive', 'widget']),
    );
    expect(problems.filter((problem) => problem.line === undefined)).toEqual([]);
  });

  it('put one error box in the page for each problem outside the front matter and headings', () => {
    for (const name of cases) {
      const chapter = compileCase(name);
      const boxes = (chapter.html.match(/data-error-box=""/g) ?? []).length;
      const placed = chapter.problems.filter((problem) => problem.kind !== 'front matter' && problem.kind !== 'heading');
      expect({ name, boxes }).toEqual({ name, boxes: placed.length });
    }
  });
});
