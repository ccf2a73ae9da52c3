// The JavaScript a page needs before it is interactive: its entry module scripts and everything they import
// statically (what the browser must fetch and run to hydrate), measured gzip-compressed as scripts/serve.mjs sends it.
// Dynamic imports (widgets, Mermaid, search) are left out: they load later, when needed.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCRIPT_SOURCE = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
/** Static `import … from "x"` and bare `import "x"` (not `import("x")`), as in Vite's minified output. */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/**
 * The page's initial JavaScript: { files: [{ path, gzipBytes }], gzipBytes } for the page at `pagePath` (e.g.
 * '/en/gelu/') in the build folder `dist`.
 */
export function initialJavaScript(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const queue = [...html.matchAll(SCRIPT_SOURCE), ...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file);
    files.push({ path: url, gzipBytes: gzipSync(code, { level: 9 }).length });
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(posix.join(posix.dirname(url), match[1]));
    }
  }
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
