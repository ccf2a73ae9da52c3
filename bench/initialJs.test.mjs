import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { initialJavaScript } from './initialJs.mjs';

const dist = mkdtempSync(join(tmpdir(), 'initial-js-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const files = {
  'assets/entry.js': 'import{a as b}from"./shared.js";import"./side.js";const w=()=>import("./widget.js");b(w);',
  'assets/shared.js': 'export const a=(x)=>x;',
  'assets/side.js': 'console.log(1)',
  'assets/widget.js': 'export default 1;',
  'assets/preloaded.js': 'export const p=1;',
  'en/index.html':
    '<html><head><script type="module" crossorigin src="/assets/entry.js"></script>'
    + '<link rel="modulepreload" crossorigin href="/assets/preloaded.js"></head><body></body></html>',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(dist, name, '..'), { recursive: true });
  writeFileSync(join(dist, name), text);
}
const gzipped = (name) => gzipSync(files[name], { level: 9 }).length;

describe('initialJavaScript', () => {
  it('counts the entry, its modulepreloads and static imports, gzip-compressed, but not dynamic imports', () => {
    const result = initialJavaScript(dist, '/en/');
    expect(result.files.map((file) => file.path).sort()).toEqual(
      ['/assets/entry.js', '/assets/preloaded.js', '/assets/shared.js', '/assets/side.js'],
    );
    const expected = ['assets/entry.js', 'assets/preloaded.js', 'assets/shared.js', 'assets/side.js'].map(gzipped);
    expect(result.gzipBytes).toBe(expected.reduce((sum, bytes) => sum + bytes, 0));
  });
});
