import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woff2Only } from './katexWoff2Only.ts';

describe('woff2Only', () => {
  it('keeps exactly the woff2 source of each of KaTeX’s @font-face rules', () => {
    const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(10);
    const trimmed = woff2Only(css);
    const trimmedFaces = trimmed.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(trimmedFaces).toHaveLength(faces.length);
    for (const face of trimmedFaces) expect(face).toMatch(/src:url\([^)]+\.woff2\) format\("woff2"\)\}$/);
    expect(trimmed).not.toMatch(/\.(?:woff|ttf)\)/);
    // Nothing but the font sources changed.
    expect(trimmed.replace(/@font-face\{[^}]*\}/g, '')).toBe(css.replace(/@font-face\{[^}]*\}/g, ''));
  });

  it('leaves a stylesheet without legacy sources alone', () => {
    const css = '@font-face{font-family:X;src:url(x.woff2) format("woff2")}.a{color:red}';
    expect(woff2Only(css)).toBe(css);
  });
});
