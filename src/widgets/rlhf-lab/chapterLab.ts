/**
 * Test helper (imported only by *.test.ts files): the lab's props exactly as chapter 3 writes them, compiled by the
 * real pipeline, so that tests check the chapter's own replies, features and ranking rather than a copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../content/locale.ts';
import { compileChapter } from '../../markdown/compileChapter.tsx';
import { createDiagramLookup } from '../../markdown/diagramStore.ts';
import { widgetRegistry } from '../registry.ts';
import type { RlhfLabProps } from './props.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** The props of the `:::rlhf-lab` in content/<locale>/03-rlhf.md. Throws if the chapter has none, or a problem. */
export function chapterLabProps(locale: Locale): RlhfLabProps {
  const file = `content/${locale}/03-rlhf.md`;
  const chapter = compileChapter(readFileSync(join(root, file), 'utf8'), file, {
    registry: widgetRegistry,
    diagrams: createDiagramLookup(root),
  });
  const lab = chapter.widgets.find((widget) => widget.name === 'rlhf-lab');
  if (!lab) throw new Error(`${file} has no rlhf-lab (problems: ${JSON.stringify(chapter.problems)})`);
  return lab.props as RlhfLabProps;
}
