import type { ChapterSource } from '../../src/content/listChapters.ts';
import { findChromium } from '../../tests/e2e/browser.mjs';
import { collectDiagrams, DIAGRAM_FOLDER, missingDiagrams } from '../diagrams/collect.mjs';
import { renderIntoStore } from '../diagrams/renderDiagramFiles.mjs';
import type { Pipeline } from './chapterCompiler.ts';

/** A diagram as collectDiagrams reports it. */
interface Diagram {
  hash: string;
  file: string;
  line: number;
}

/**
 * Before a build compiles anything: every diagram of `chapters` that has no files in content/diagrams yet (a new or
 * changed one) is drawn now, with Mermaid in Chromium, as `npm run diagrams` would, and written to the store for the
 * author to commit. Without a Chromium the build stops, naming each such diagram's file and line and the command to
 * run: a production page must never wait for Mermaid in the reader's browser. Returns the diagrams drawn.
 */
export async function prerenderDiagrams(
  root: string,
  chapters: readonly ChapterSource[],
  pipeline: Pipeline,
  log: (line: string) => void = (line) => console.log(line),
): Promise<Diagram[]> {
  const missing = missingDiagrams(root, collectDiagrams(chapters, pipeline)) as Diagram[];
  if (missing.length === 0) return [];
  try {
    findChromium({ install: false });
  } catch {
    const where = missing.map((diagram) => `  ${diagram.file}:${diagram.line} (diagram ${diagram.hash})`).join('\n');
    throw new Error(
      `${missing.length} diagram(s) have no prerendered SVG in ${DIAGRAM_FOLDER}, and no Chromium was found to draw them:\n` +
        `${where}\nRun \`npm run diagrams\` on a machine with Chromium (or point CHROME_PATH at one), commit ` +
        `${DIAGRAM_FOLDER}, and build again.`,
    );
  }
  const drawn = await renderIntoStore(root, missing);
  for (const { diagram, names, error } of drawn as Array<{ diagram: Diagram; names: string[]; error?: string }>) {
    const what = error ? `does not parse (${error}); its message is shown in place` : `drawn`;
    log(`diagram ${diagram.file}:${diagram.line} ${what}: ${names.map((name) => `${DIAGRAM_FOLDER}/${name}`).join(', ')} (commit it)`);
  }
  return missing;
}
