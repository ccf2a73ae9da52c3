#!/usr/bin/env node
// Prerenders every Mermaid diagram of the chapters (and of the page fixtures and the browser tests' chapters) to SVG,
// so readers get the diagrams with no Mermaid code and no JavaScript. For each ```mermaid block, keyed by
// diagramHash(source):
//   content/diagrams/<hash>.light.svg and <hash>.dark.svg   (Mermaid's 'default' and 'dark' themes), or
//   content/diagrams/<hash>.error.txt                       (Mermaid's parse error, shown in place by the build).
// Files no source uses any more are removed. Same sources → same bytes, so the output can be committed. The build
// draws new diagrams itself when it finds Chromium (scripts/vite/prerenderDiagrams.ts); this script redraws them all.
//
//   npm run diagrams               render and write
//   npm run diagrams -- --check    write nothing; exit 1 when content/diagrams is out of date
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectDiagrams, DIAGRAM_FOLDER, loadPipeline } from './diagrams/collect.mjs';
import { openRenderer } from './diagrams/render.mjs';
import { renderDiagramFiles } from './diagrams/renderDiagramFiles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, DIAGRAM_FOLDER);
const checkOnly = process.argv.includes('--check');
const started = performance.now();

const pipeline = await loadPipeline(root);
const diagrams = collectDiagrams(pipeline.listChapters(root, pipeline.ALL_CHAPTER_FOLDERS), pipeline);
const wanted = new Map(); // file name → contents
const renderer = await openRenderer();
try {
  for (const diagram of diagrams) {
    for (const [name, contents] of await renderDiagramFiles(renderer, diagram)) {
      if (name.endsWith('.error.txt')) console.warn(`${diagram.file}:${diagram.line}: diagram ${diagram.hash} does not parse: ${contents.split('\n')[0]}`);
      wanted.set(name, contents);
    }
  }
} finally {
  await renderer.close();
}

const changes = [];
if (!checkOnly) mkdirSync(folder, { recursive: true });
for (const [name, contents] of wanted) {
  const path = join(folder, name);
  if (existsSync(path) && readFileSync(path, 'utf8') === contents) continue;
  changes.push(`${existsSync(path) ? 'update' : 'add'} ${name}`);
  if (!checkOnly) writeFileSync(path, contents);
}
for (const name of existsSync(folder) ? readdirSync(folder).sort() : []) {
  if (wanted.has(name)) continue;
  changes.push(`remove ${name}`);
  if (!checkOnly) rmSync(join(folder, name));
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const change of changes) console.log(`  ${change}`);
console.log(`${diagrams.length} diagrams, ${changes.length} file changes${checkOnly ? ' needed' : ''} in ${seconds} s`);
process.exit(checkOnly && changes.length > 0 ? 1 : 0);

