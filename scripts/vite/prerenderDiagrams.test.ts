import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listChapters } from '../../src/content/listChapters.ts';
import { splitFrontMatter } from '../../src/content/frontMatter.ts';
import { diagramHash } from '../../src/markdown/diagramStore.ts';
import type { Pipeline } from './chapterCompiler.ts';
import { prerenderDiagrams } from './prerenderDiagrams.ts';

const pipeline = { splitFrontMatter, diagramHash } as unknown as Pipeline;
const NEW_DIAGRAM = 'flowchart LR\n  Draft --> Review';
const BROKEN = 'flowchart LD\n  A --> B -->';

/** A repository root with one chapter holding `diagrams` (each a ```mermaid block under its own heading). */
function rootWith(diagrams: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'prerender-diagrams-'));
  mkdirSync(join(root, 'content', 'en'), { recursive: true });
  const body = diagrams.map((source, index) => `## Part ${index + 1} {#part-${index + 1}}\n\n\`\`\`mermaid\n${source}\n\`\`\`\n`);
  writeFileSync(join(root, 'content', 'en', '01-new.md'), `---\ntitle: New\nsummary: A new diagram.\n---\n\n${body.join('\n')}`);
  return root;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('prerenderDiagrams', () => {
  it('does nothing, and needs no browser, when every diagram is in the store', async () => {
    const root = rootWith([NEW_DIAGRAM]);
    mkdirSync(join(root, 'content', 'diagrams'));
    for (const variant of ['light', 'dark']) writeFileSync(join(root, 'content', 'diagrams', `${diagramHash(NEW_DIAGRAM)}.${variant}.svg`), '<svg/>');
    vi.stubEnv('CHROME_PATH', '/no/such/chromium');
    expect(await prerenderDiagrams(root, listChapters(root), pipeline)).toEqual([]);
  });

  it('without a Chromium, stops the build naming each new diagram’s file and line and the command to run', async () => {
    const root = rootWith(['flowchart LR\n  A --> B', NEW_DIAGRAM]);
    vi.stubEnv('CHROME_PATH', '/no/such/chromium');
    const failure = prerenderDiagrams(root, listChapters(root), pipeline);
    await expect(failure).rejects.toThrow(/2 diagram\(s\) have no prerendered SVG in content\/diagrams/);
    await expect(failure).rejects.toThrow(/content\/en\/01-new\.md:8 \(diagram [0-9a-f]{16}\)\n {2}content\/en\/01-new\.md:15 /);
    await expect(failure).rejects.toThrow(/Run `npm run diagrams` on a machine with Chromium/);
  });

  it('with a Chromium, draws a new diagram in both themes and stores a broken one’s message', { timeout: 120_000 }, async () => {
    const root = rootWith([NEW_DIAGRAM, BROKEN]);
    const lines: string[] = [];
    const drawn = await prerenderDiagrams(root, listChapters(root), pipeline, (line) => lines.push(line));
    expect(drawn.map((diagram) => `${diagram.file}:${diagram.line}`)).toEqual(['content/en/01-new.md:8', 'content/en/01-new.md:15']);
    const store = join(root, 'content', 'diagrams');
    const light = readFileSync(join(store, `${diagramHash(NEW_DIAGRAM)}.light.svg`), 'utf8');
    expect(light).toMatch(/^<svg [^>]*role="img"/);
    expect(light).toContain('Draft');
    expect(existsSync(join(store, `${diagramHash(NEW_DIAGRAM)}.dark.svg`))).toBe(true);
    expect(readFileSync(join(store, `${diagramHash(BROKEN)}.error.txt`), 'utf8')).toMatch(/^Lexical error on line 1/);
    expect(lines).toEqual([
      expect.stringMatching(/^diagram content\/en\/01-new\.md:8 drawn: content\/diagrams\/[0-9a-f]{16}\.light\.svg, .*dark\.svg \(commit it\)$/),
      expect.stringMatching(/^diagram content\/en\/01-new\.md:15 does not parse \(Lexical error on line 1\. Unrecognized text\.\)/),
    ]);
    // A second build finds them all and draws nothing.
    expect(await prerenderDiagrams(root, listChapters(root), pipeline)).toEqual([]);
  });
});
