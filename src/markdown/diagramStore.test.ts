import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import type { Code } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../content/frontMatter.ts';
import { ALL_CHAPTER_FOLDERS, CONTENT_FOLDER, listChapters } from '../content/listChapters.ts';
import { widgetRegistry } from '../widgets/registry.ts';
import { compileChapter } from './compileChapter.tsx';
import { createDiagramLookup, DIAGRAM_DIR, diagramHash } from './diagramStore.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIX = 'run `npm run diagrams` and commit content/diagrams';

/** A ```mermaid block found in a Markdown file. */
interface Block {
  file: string;
  source: string;
  hash: string;
  fixture: boolean;
}

/** The mermaid sources of one file, parsed with the chapter pipeline's syntax plugins. */
function mermaidSources(file: string): string[] {
  const body = splitFrontMatter(readFileSync(join(ROOT, file), 'utf8')).body;
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective).parse(body);
  const sources: string[] = [];
  visit(tree, 'code', (node: Code) => {
    if (node.lang === 'mermaid') sources.push(node.value);
  });
  return sources;
}

// Every chapter file of the repository: the reader's, the page fixtures and the browser tests' chapters.
const blocks: Block[] = listChapters(ROOT, ALL_CHAPTER_FOLDERS)
  .map(({ file }) => ({ file, fixture: !file.startsWith(`${CONTENT_FOLDER}/`) }))
  .flatMap(({ file, fixture }) => mermaidSources(file).map((source) => ({ file, source, hash: diagramHash(source), fixture })));
const storeFolder = join(ROOT, DIAGRAM_DIR);
const stored = existsSync(storeFolder) ? readdirSync(storeFolder).sort() : [];
const has = (name: string) => stored.includes(name);

describe('diagramHash', () => {
  it('is the first 16 hex digits of the SHA-256 of the source (reference values from Python hashlib)', () => {
    expect(diagramHash('flowchart LR\n  A --> B')).toBe('e07394221b261392');
    expect(diagramHash('流程图')).toBe('f6fdf82e9a8999b7');
    expect(diagramHash('')).toBe('e3b0c44298fc1c14');
  });

  it('ignores trailing whitespace only', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[ \t\r\n]*$/), (source, tail) => {
        expect(diagramHash(source + tail)).toBe(diagramHash(source));
        expect(diagramHash(source)).toMatch(/^[0-9a-f]{16}$/);
      }),
    );
    expect(diagramHash('  A --> B')).not.toBe(diagramHash('A --> B'));
    expect(diagramHash('A --> B')).not.toBe(diagramHash('A --> C'));
  });
});

describe('prerendered diagrams (content/diagrams)', () => {
  it('finds the diagrams of the chapters and fixtures', () => {
    expect(blocks.filter((block) => !block.fixture).length).toBeGreaterThan(0);
    expect(blocks.some((block) => block.fixture)).toBe(true);
  });

  it('has a light and a dark SVG for every diagram in a reader chapter', () => {
    const missing = blocks
      .filter((block) => !block.fixture)
      .filter((block) => !has(`${block.hash}.light.svg`) || !has(`${block.hash}.dark.svg`) || has(`${block.hash}.error.txt`))
      .map((block) => `${block.file}: diagram ${block.hash} has no SVGs (stale or missing): ${FIX}`);
    expect(missing).toEqual([]);
  });

  it('has both SVGs or a parse error for every fixture diagram', () => {
    const missing = blocks
      .filter((block) => block.fixture)
      .filter((block) => !has(`${block.hash}.error.txt`) && !(has(`${block.hash}.light.svg`) && has(`${block.hash}.dark.svg`)))
      .map((block) => `${block.file}: diagram ${block.hash} has neither SVGs nor a parse error: ${FIX}`);
    expect(missing).toEqual([]);
  });

  it('holds no file that no diagram uses', () => {
    const hashes = new Set(blocks.map((block) => block.hash));
    const orphans = stored.filter((name) => {
      const match = /^([0-9a-f]{16})\.(light\.svg|dark\.svg|error\.txt)$/.exec(name);
      return !match || !hashes.has(match[1]!);
    });
    expect(orphans.map((name) => `${DIAGRAM_DIR}/${name} is used by no diagram: ${FIX}`)).toEqual([]);
  });

  it('stores SVGs that are safe to inline beside each other, with a text alternative', () => {
    const problems = stored.filter((name) => name.endsWith('.svg')).flatMap((name) => {
      const [hash, variant] = name.split('.');
      const found = svgProblems(readFileSync(join(storeFolder, name), 'utf8'), `d${hash}-${variant}`);
      return found.map((problem) => `${name}: ${problem}: ${FIX}`);
    });
    expect(problems).toEqual([]);
  });
});

/** What is wrong with one stored SVG whose ids must all start with `prefix`; [] when nothing is. */
function svgProblems(svg: string, prefix: string): string[] {
  const problems: string[] = [];
  const rootTag = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check(rootTag.includes(`id="${prefix}"`), `the root id is not ${prefix}`);
  check(rootTag.includes(' role="img"'), 'no role="img"');
  check(rootTag.includes(`aria-labelledby="${prefix}-title ${prefix}-desc"`), 'aria-labelledby does not name the title and desc');
  check(new RegExp(`<title id="${prefix}-title">[^<]+</title><desc id="${prefix}-desc">[^<]+</desc>`).test(svg), 'no title and desc');
  check(/ viewBox="[\d. -]+"/.test(rootTag), 'no viewBox');
  check(!/max-width|width="100%"/.test(rootTag), "Mermaid's fixed sizing is still on the root");
  check(!/<foreignObject|<script|\son\w+=|javascript:/i.test(svg), 'holds foreignObject, script, an event handler or a javascript: URL');
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
  check(ids.every((id) => id.startsWith(prefix)), `ids without the prefix ${prefix}`);
  check(new Set(ids).size === ids.length, 'duplicate ids');
  const references = [...svg.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((match) => match[1] ?? match[2]!);
  check(references.every((id) => ids.includes(id)), 'references to ids that are not in the file');
  return problems;
}

describe('the build reads the store', () => {
  it('inlines SVGs for reader chapters and shows a stored parse error in its place', () => {
    const lookup = createDiagramLookup(ROOT);
    const expected = blocks.map((block) => `${block.file} ${block.hash}: ${has(`${block.hash}.error.txt`) ? 'error' : 'svg'}`);
    const found = blocks.map((block) => `${block.file} ${block.hash}: ${lookup(block.source)?.kind ?? 'nothing'}`);
    expect(found).toEqual(expected);
    expect(expected.filter((line) => line.endsWith('error') && !line.startsWith('src/markdown/fixtures/'))).toEqual([]);
    // A parse error from a store: the diagram-errors fixture keeps its own (src/markdown/fixtures/diagram-errors).
    const broken = createDiagramLookup(join(ROOT, 'src/markdown/fixtures/diagram-errors'), 'diagrams')('flowchart LD\n  A --> B -->');
    expect(broken).toEqual({ kind: 'error', message: expect.stringMatching(/^Lexical error on line 1/) });
  });

  it('asks the store for exactly the blocks this test finds (same parser as the pipeline)', { timeout: 60_000 }, () => {
    for (const file of ['content/zh/02-architecture.md', 'src/markdown/fixtures/pages/en/02-script-injection.md']) {
      const asked: string[] = [];
      compileChapter(readFileSync(join(ROOT, file), 'utf8'), file, {
        registry: widgetRegistry,
        diagrams: (source) => {
          asked.push(source);
          return undefined;
        },
      });
      expect({ file, asked }).toEqual({ file, asked: mermaidSources(file) });
      expect(asked.length).toBeGreaterThan(0);
    }
  });
});
