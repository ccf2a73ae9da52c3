import react from '@vitejs/plugin-react';
import { delimiter } from 'node:path';
import { defineConfig } from 'vite';
import { type ManifestOptions, VitePWA } from 'vite-plugin-pwa';
import { BuildSteps, buildNotebook, buildStepTimer } from './scripts/vite/buildSteps.ts';
import { ChapterCompiler } from './scripts/vite/chapterCompiler.ts';
import { katexWoff2Only } from './scripts/vite/katexWoff2Only.ts';
import { notebookContent } from './scripts/vite/notebookContent.ts';
import { notebookPrerender } from './scripts/vite/notebookPrerender.ts';
import { WORKBOX_OPTIONS } from './scripts/vite/offlineCaching.ts';

/**
 * The web app manifest. Its icons are PNGs, as are the page's (index.html): Chromium draws an SVG icon by building
 * an SVG document on the page's main thread, one for the page's icon and one for the manifest's, 14–50 ms each just
 * after the first paint (Lighthouse traces), where they count as blocking time (scripts/icons.test.mjs).
 * public/favicon.svg is the drawing they were made from.
 */
export const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  name: 'ChatGPT 学习笔记 · ChatGPT Study Notebook',
  short_name: 'ChatGPT 笔记',
  description: 'How ChatGPT works: an interactive notebook in Chinese and English.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b5cad',
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
  ],
};

/**
 * Folders of reader chapters: `content`, or the list in NOTEBOOK_CONTENT (separated by the platform's path delimiter,
 * relative to the root or absolute). The browser tests add their own chapters this way (tests/e2e/run.mjs).
 */
const CONTENT_FOLDERS = process.env.NOTEBOOK_CONTENT ? process.env.NOTEBOOK_CONTENT.split(delimiter).filter(Boolean) : undefined;

// One compiler and one step timer for the whole build: the plugins that hold them are shared by both environments.
const compiler = new ChapterCompiler(process.cwd());
const steps = new BuildSteps();

// `npm run build` (scripts/build.mjs) builds the server bundle and then the client bundle (buildNotebook); the client
// build's end prerenders every page with the server bundle (notebookPrerender) and then writes a service worker that
// precaches pages, code, styles and the woff2 fonts, so every chapter opens offline after the first visit.
export default defineConfig({
  plugins: [
    notebookContent({ compiler, ...(CONTENT_FOLDERS ? { content: CONTENT_FOLDERS } : {}) }),
    katexWoff2Only(),
    react(),
    notebookPrerender(steps),
    buildStepTimer(steps),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // src/app/offline/serviceWorker.ts registers it after the page has loaded
      includeAssets: ['favicon-32.png', 'apple-touch-icon.png'],
      manifest: WEB_APP_MANIFEST,
      workbox: WORKBOX_OPTIONS,
      // A file over the precache limit is left out with a warning (notebookPrerender names the pages), not an error.
      showMaximumFileSizeToCacheInBytesWarning: true,
    }),
  ],
  appType: 'spa',
  builder: { buildApp: buildNotebook(steps, compiler) },
  environments: {
    ssr: { build: { outDir: 'node_modules/.tmp/dist-ssr', emptyOutDir: true, rollupOptions: { input: 'src/app/entry-server.tsx' } } },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts stay files, however small: inlined into the stylesheet (which every page inlines) as base64, KaTeX_Size3
    // alone cost every page 3.7 KB gzip that no formula there used.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  // Module workers, so that a worker can split: the GPT lab's loads its RLHF stages only when a reader first uses them.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
