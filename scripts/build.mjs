#!/usr/bin/env node
// Builds the notebook into dist/: the server bundle, the browser bundle, one prerendered HTML page per route, the
// subset KaTeX fonts and the service worker that precaches them (vite.config.ts, scripts/vite/buildSteps.ts), and
// prints each step's time (also written to node_modules/.tmp/timings.json).
//   node scripts/build.mjs [--out-dir DIR]
// NOTEBOOK_CONTENT=folder1:folder2 builds other reader chapters than content/ (vite.config.ts).
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NODE_ENV = 'production'; // React's production build, even when called from a test runner.
const { createBuilder } = await import('vite');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --out-dir DIR builds elsewhere than dist/ (the browser tests use their own folder, so a build for reading is never
// replaced under a running test). The server bundle goes to a folder of its own per output folder, so that two builds
// can run side by side.
const outIndex = process.argv.indexOf('--out-dir');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
const serverOutDir = join('node_modules', '.tmp', `server-${createHash('sha256').update(resolve(root, outDir)).digest('hex').slice(0, 8)}`);
const builder = await createBuilder({
  root,
  logLevel: 'warn',
  mode: 'production',
  build: { outDir, emptyOutDir: true },
  environments: { ssr: { build: { outDir: serverOutDir } } },
});
await builder.buildApp();
