#!/usr/bin/env node
// Builds the notebook into dist/: the browser bundle, one prerendered HTML page per route (scripts/prerender.mjs,
// run by the build itself), and the service worker that precaches them.
//   node scripts/build.mjs [--out-dir DIR]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NODE_ENV = 'production'; // React's production build, even when called from a test runner.
const { build } = await import('vite');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --out-dir DIR builds elsewhere than dist/ (the browser tests use their own folder, so a build for reading is never
// replaced under a running test).
const outIndex = process.argv.indexOf('--out-dir');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
const started = performance.now();
await build({ root, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
