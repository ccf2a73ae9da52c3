// The files that stand for one diagram in content/diagrams, drawn by Mermaid in Chromium (render.mjs): a light and a
// dark SVG with a text alternative, or the parser's message when the source does not parse. Used by
// `npm run diagrams` (every diagram) and by the build (only those not in the store yet).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGRAM_FOLDER } from './collect.mjs';
import { describeDiagram } from './describe.mjs';
import { openRenderer, THEMES } from './render.mjs';

/**
 * The files of one diagram ({ hash, source, locale, file, line, heading }, as collectDiagrams gives it), drawn with an
 * open renderer: [name, contents] pairs, two SVGs, or one `<hash>.error.txt` holding the parser's message.
 */
export async function renderDiagramFiles(renderer, diagram) {
  const files = [];
  let text;
  for (const variant of Object.keys(THEMES)) {
    const result = await renderer.render(`d${diagram.hash}-${variant}`, diagram.source, variant);
    if (result.error) return [[`${diagram.hash}.error.txt`, `${result.error.trim()}\n`]];
    text ??= describeDiagram(result.graph, { heading: diagram.heading, locale: diagram.locale });
    const svg = await renderer.finalise(result.svg, text.title, text.description);
    files.push([`${diagram.hash}.${variant}.svg`, `${svg}\n`]);
  }
  return files;
}

/**
 * Draws `diagrams` in one Chromium and writes their files into `root`/content/diagrams. Returns, per diagram, the
 * names written and the parser's first line when it did not parse.
 */
export async function renderIntoStore(root, diagrams) {
  const folder = join(root, DIAGRAM_FOLDER);
  mkdirSync(folder, { recursive: true });
  const renderer = await openRenderer();
  const written = [];
  try {
    for (const diagram of diagrams) {
      const files = await renderDiagramFiles(renderer, diagram);
      for (const [name, contents] of files) writeFileSync(join(folder, name), contents);
      const error = files.find(([name]) => name.endsWith('.error.txt'))?.[1].split('\n')[0];
      written.push({ diagram, names: files.map(([name]) => name), error });
    }
  } finally {
    await renderer.close();
  }
  return written;
}
