import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/content/frontMatter.ts';
import { diagramHash } from '../../src/markdown/diagramStore.ts';
import { collectDiagrams, headingAbove, mermaidBlocks, missingDiagrams } from './collect.mjs';

const CHAPTER = `---
title: T
summary: S
---

## First *part* {#first}

\`\`\`mermaid
flowchart LR
  A --> B
\`\`\`

    \`\`\`mermaid
    indented code, not a diagram
    \`\`\`

### Second {#second}

\`\`\`mermaid
flowchart LR
  C --> D
\`\`\`
`;

describe('mermaidBlocks', () => {
  it('finds the fenced mermaid blocks as the pipeline parses them, each with its line in the file', () => {
    expect(mermaidBlocks(CHAPTER, splitFrontMatter)).toEqual([
      { source: 'flowchart LR\n  A --> B', line: 8 },
      { source: 'flowchart LR\n  C --> D', line: 19 },
    ]);
  });
});

describe('collectDiagrams and missingDiagrams', () => {
  it('keeps the first file and line of each distinct source, with its heading and locale; lists those not stored', () => {
    const root = mkdtempSync(join(tmpdir(), 'collect-'));
    for (const locale of ['zh', 'en']) {
      mkdirSync(join(root, locale));
      writeFileSync(join(root, locale, '01-x.md'), CHAPTER);
    }
    const chapters = ['zh', 'en'].map((locale) => ({ locale, file: `${locale}/01-x.md`, path: join(root, locale, '01-x.md') }));
    const diagrams = collectDiagrams(chapters, { splitFrontMatter, diagramHash });
    expect(diagrams.map(({ hash, locale, file, line, heading }) => ({ hash, locale, file, line, heading }))).toEqual([
      { hash: diagramHash('flowchart LR\n  A --> B'), locale: 'zh', file: 'zh/01-x.md', line: 8, heading: 'First part' },
      { hash: diagramHash('flowchart LR\n  C --> D'), locale: 'zh', file: 'zh/01-x.md', line: 19, heading: 'Second' },
    ]);
    const store = join(root, 'content', 'diagrams');
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, `${diagrams[0].hash}.light.svg`), '<svg/>');
    writeFileSync(join(store, `${diagrams[1].hash}.error.txt`), 'Parse error\n');
    expect(missingDiagrams(root, diagrams).map((diagram) => diagram.line)).toEqual([8]); // a light SVG alone is not enough
    writeFileSync(join(store, `${diagrams[0].hash}.dark.svg`), '<svg/>');
    expect(missingDiagrams(root, diagrams)).toEqual([]);
  });
});

describe('headingAbove', () => {
  it('is the last ## or ### heading before the source, without its anchor or emphasis; empty when there is none', () => {
    expect(headingAbove('## A {#a}\n\nx\n\n### `B` *b* {#b}\n\nsrc', 'src')).toBe('B b');
    expect(headingAbove('no heading\n\nsrc', 'src')).toBe('');
    expect(headingAbove('## A\n', 'absent')).toBe('');
  });
});
