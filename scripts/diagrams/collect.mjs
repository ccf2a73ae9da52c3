// Finds every Mermaid diagram the Markdown pipeline will draw: the Markdown is parsed with the pipeline's own syntax
// plugins and hashed with its own diagramHash, so a diagram found here is looked up under the same name at build time
// (src/markdown/diagramStore.test.ts checks that they agree).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { importSource } from '../importSource.mjs';

/** The folder of prerendered diagrams, relative to the repository root. */
export const DIAGRAM_FOLDER = 'content/diagrams';

/** Loads the build's own pipeline (TypeScript: listChapters, splitFrontMatter, diagramHash, …) through Vite's module runner. */
export function loadPipeline(root) {
  return importSource(root, 'src/markdown/nodeEntry.ts');
}

/**
 * The sources of the ```mermaid blocks in one Markdown file, in order, as the chapter pipeline sees them: the body
 * after the front matter, parsed with the same remark syntax plugins as src/markdown/compileChapter.tsx, each with its
 * line in the file.
 */
export function mermaidBlocks(markdown, splitFrontMatter) {
  const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);
  const split = splitFrontMatter(markdown);
  const blocks = [];
  visit(parser.parse(split.body), 'code', (node) => {
    if (node.lang === 'mermaid') blocks.push({ source: node.value, line: (node.position?.start.line ?? 1) + split.bodyLineOffset });
  });
  return blocks;
}

/** The sources only, as mermaidBlocks finds them. */
export function mermaidSources(markdown, splitFrontMatter) {
  return mermaidBlocks(markdown, splitFrontMatter).map((block) => block.source);
}

/**
 * The diagrams of `chapters` (listChapters' entries: { locale, file, path }), one entry per distinct source:
 * { hash, source, locale, file, line, heading }, where the first occurrence decides the file, line and locale, and
 * `heading` is the nearest `##`/`###` heading above it (without its `{#anchor}`), or '' when there is none.
 */
export function collectDiagrams(chapters, { splitFrontMatter, diagramHash }) {
  const diagrams = new Map();
  for (const chapter of chapters) {
    const text = readFileSync(chapter.path, 'utf8');
    for (const { source, line } of mermaidBlocks(text, splitFrontMatter)) {
      const hash = diagramHash(source);
      if (diagrams.has(hash)) continue;
      diagrams.set(hash, { hash, source, locale: chapter.locale, file: chapter.file, line, heading: headingAbove(text, source) });
    }
  }
  return [...diagrams.values()];
}

/** The diagrams whose files are not in the store (`root`/content/diagrams): neither both SVGs nor a parse error. */
export function missingDiagrams(root, diagrams) {
  const has = (name) => existsSync(join(root, DIAGRAM_FOLDER, name));
  return diagrams.filter(
    (diagram) => !has(`${diagram.hash}.error.txt`) && !(has(`${diagram.hash}.light.svg`) && has(`${diagram.hash}.dark.svg`)),
  );
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
