/**
 * Test helper (imported only by *.test.ts files): the lab's props exactly as chapter 3 writes them, so that tests
 * check the chapter's own replies, features and ranking rather than a copy. The directive is cut out of the chapter
 * and parsed with the lab's own parser (the Markdown pipeline is not a widget's to import; src/content/parity.test.ts
 * compiles the chapters through it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../content/locale.ts';
import { parseRlhfLab, type RlhfLabProps } from './props.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** The props of the `:::rlhf-lab` in content/<locale>/03-rlhf.md; Markdown fields stay Markdown. */
export function chapterLabProps(locale: Locale): RlhfLabProps {
  const source = readFileSync(join(root, 'content', locale, '03-rlhf.md'), 'utf8');
  const match = /^:::rlhf-lab(?:\{([^}]*)\})?\n([\s\S]*?)\n:::$/m.exec(source);
  if (!match) throw new Error(`content/${locale}/03-rlhf.md has no :::rlhf-lab directive`);
  const attributes = Object.fromEntries((match[1] ?? '').split(/\s+/).filter(Boolean).map((pair) => pair.split('=') as [string, string]));
  return parseRlhfLab(parse(match[2]!), (markdown) => markdown, attributes);
}
