#!/usr/bin/env node
// Builds the notebook into dist/: the browser bundle, one prerendered HTML page per route (scripts/prerender.mjs,
// run by the build itself), and the service worker that precaches them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NODE_ENV = 'production'; // React's production build, even when called from a test runner.
const { build } = await import('vite');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
await build({ root, logLevel: 'warn', mode: 'production' });
console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
