// Finds every Mermaid diagram the Markdown pipeline will draw, in the reader's chapters and the page fixtures: the
// Markdown is parsed with the pipeline's own syntax plugins and hashed with its own diagramHash, so a diagram found
// here is looked up under the same name at build time (src/markdown/diagramStore.test.ts checks that they agree).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Folders whose Markdown may hold diagrams: the reader's chapters and the page fixtures the browser tests open. */
export const DIAGRAM_SOURCE_ROOTS = ['content', 'src/markdown/fixtures/pages'];

/** The folder of prerendered diagrams, relative to the repository root. */
export const DIAGRAM_FOLDER = 'content/diagrams';

/** Every `.md` file under `root`/`folder`, sorted, skipping the diagram store itself; repo-relative with `/`. */
export function markdownFiles(root, folder) {
  const found = [];
  const walk = (directory) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      const file = relative(root, path).split('\\').join('/');
      if (file === DIAGRAM_FOLDER) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(file);
    }
  };
  walk(join(root, folder));
  return found;
}

/** Loads the build's own `splitFrontMatter` and `diagramHash` (TypeScript) through Vite's module runner. */
export async function loadPipeline(root) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(root, 'src/markdown/nodeEntry.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  return module;
}

/**
 * The sources of the ```mermaid blocks in one Markdown file, in order, as the chapter pipeline sees them: the body
 * after the front matter, parsed with the same remark syntax plugins as src/markdown/compileChapter.tsx.
 */
export function mermaidSources(markdown, splitFrontMatter) {
  const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);
  const tree = parser.parse(splitFrontMatter(markdown).body);
  const sources = [];
  visit(tree, 'code', (node) => {
    if (node.lang === 'mermaid') sources.push(node.value);
  });
  return sources;
}

/**
 * The diagrams of every Markdown file under the source roots, one entry per distinct source:
 * { hash, source, locale, file, heading, fixture }. `heading` is the nearest `##`/`###` heading above the first
 * occurrence (without its `{#anchor}`), or '' when there is none; `fixture` is true for the test fixtures.
 */
export function collectDiagrams(root, { splitFrontMatter, diagramHash, parseChapterPath }) {
  const diagrams = new Map();
  for (const folder of DIAGRAM_SOURCE_ROOTS) {
    for (const file of markdownFiles(root, folder)) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const source of mermaidSources(text, splitFrontMatter)) {
        const hash = diagramHash(source);
        if (diagrams.has(hash)) continue;
        diagrams.set(hash, {
          hash,
          source,
          locale: parseChapterPath(file)?.locale === 'zh' ? 'zh' : 'en',
          file,
          heading: headingAbove(text, source),
          fixture: folder !== 'content',
        });
      }
    }
  }
  return [...diagrams.values()];
}

/** The text of the last `##` or `###` heading before `source` appears in `text`; '' when not found. */
export function headingAbove(text, source) {
  const at = text.indexOf(source.trimEnd());
  if (at < 0) return '';
  const headings = [...text.slice(0, at).matchAll(/^#{2,3}[ \t]+(.+)$/gm)];
  const last = headings.at(-1)?.[1] ?? '';
  return last
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/[`*_]/g, '')
    .trim();
}
