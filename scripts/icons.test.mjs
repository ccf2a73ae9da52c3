// The page and the manifest name PNG icons only. Chromium draws an SVG icon by building an SVG document on the page's
// main thread (14–50 ms each in Lighthouse traces, just after the first paint), so an SVG icon costs blocking time.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WEB_APP_MANIFEST } from '../vite.config.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('icons', () => {
  it('are PNG files that exist, in the page template and in the manifest', () => {
    const template = readFileSync(join(root, 'index.html'), 'utf8');
    const links = [...template.matchAll(/<link rel="(?:icon|apple-touch-icon)"[^>]*href="([^"]+)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    const manifestIcons = (WEB_APP_MANIFEST.icons ?? []).map((icon) => icon.src);
    expect(manifestIcons.length).toBeGreaterThan(0);
    for (const href of [...links, ...manifestIcons]) {
      expect(href).toMatch(/\.png$/);
      expect({ href, inPublic: existsSync(join(root, 'public', href)) }).toEqual({ href, inPublic: true });
    }
  });
});
