#!/usr/bin/env node
// Writes the tiny GPT's pretraining corpora, src/widgets/gpt-lab/data/corpus-<locale>.txt: the notebook's own chapter
// prose (our text, see the README beside the corpora) with the markup, formulas, tables, diagrams, quizzes and
// footnotes taken out, chapter by chapter in order until MAX_BYTES of UTF-8. Sentences that held a formula are left
// out whole: without the formula they would read as broken grammar, and the model would learn that.
//   node scripts/gpt/buildCorpus.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cap per corpus. */
export const MAX_BYTES = 100_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The prose of one chapter's Markdown, one paragraph per line. */
export function chapterProse(markdown, locale) {
  let text = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  text = text.replace(/^```[\s\S]*?^```\s*$/gm, '');
  text = text.replace(/^\$\$[\s\S]*?^\$\$\s*$/gm, '');
  text = text.replace(/^:::[a-z-]+[\s\S]*?^:::\s*$/gm, '');
  const paragraphs = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => !/^\s*(\||::|\[\^|<)/.test(line));
    if (lines.length === 0) continue;
    let paragraph = lines
      .map((line) => line.replace(/^\s*(#+|[-*+]|\d+\.)\s+/, ''))
      .join(' ')
      .replace(/\{#[a-z0-9-]+\}/g, '')
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
    const sentences = paragraph.split(locale === 'zh' ? /(?<=[。！？])/ : /(?<=[.!?])\s+/);
    paragraph = sentences
      .filter((sentence) => !sentence.includes('$') && !sentence.includes('\\'))
      .join(locale === 'zh' ? '' : ' ')
      .trim();
    if (paragraph.length >= 20) paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** The corpus of a locale: whole paragraphs, in chapter order, up to MAX_BYTES. */
export function buildCorpus(locale) {
  const folder = join(root, 'content', locale);
  const out = [];
  let bytes = 0;
  for (const name of readdirSync(folder).filter((file) => /^\d\d-.*\.md$/.test(file)).sort()) {
    for (const paragraph of chapterProse(readFileSync(join(folder, name), 'utf8'), locale)) {
      const size = Buffer.byteLength(`${paragraph}\n`);
      if (bytes + size > MAX_BYTES) return out.join('\n') + '\n';
      out.push(paragraph);
      bytes += size;
    }
  }
  return out.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const locale of ['en', 'zh']) {
    const corpus = buildCorpus(locale);
    const file = join(root, 'src', 'widgets', 'gpt-lab', 'data', `corpus-${locale}.txt`);
    writeFileSync(file, corpus);
    console.log(`${file}: ${Buffer.byteLength(corpus)} bytes, ${[...corpus].length} characters, ${new Set(corpus).size} distinct`);
  }
}
