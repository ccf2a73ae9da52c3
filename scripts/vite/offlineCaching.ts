import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * Files larger than this (bytes) are not precached: a chapter of 400 sections and 8,800 formulas is a 14 MB page, and
 * copying it at install time would hold every reader's first visit hostage to it. Such a page is cached when it is
 * first visited instead (RUNTIME_PAGE_CACHE), and the build says which pages those are (notebookPrerender).
 */
export const PRECACHE_LIMIT_BYTES = 3 * 1024 * 1024;

/** The cache that holds pages (and their widget-props.json) too large to precache, once a reader has opened them. */
export const RUNTIME_PAGE_CACHE = 'notebook-large-pages';

/**
 * The service worker's caching (vite-plugin-pwa's `workbox` options): every page, script, stylesheet, woff2 font and
 * icon up to PRECACHE_LIMIT_BYTES is copied at install, so every chapter opens offline after the first visit; larger
 * pages are left out with a warning instead of failing the build (vite-plugin-pwa's default), and a page that is not
 * precached is kept when visited (network first, so a reader online always gets the current version).
 */
export const WORKBOX_OPTIONS: VitePWAOptions['workbox'] = {
  globPatterns: ['**/*.{js,css,html,json,svg,woff2,webmanifest,png}'],
  globIgnores: ['fixtures/**', '404.html'],
  // /en/gelu/?gelu-lab.x=2 is the same page as /en/gelu/: widget state lives in the query.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  navigateFallback: null,
  cleanupOutdatedCaches: true,
  maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES,
  runtimeCaching: [
    {
      // Serialised into the service worker: it may use only its arguments.
      urlPattern: ({ request, sameOrigin, url }) =>
        sameOrigin && (request.mode === 'navigate' || url.pathname.endsWith('/widget-props.json')),
      handler: 'NetworkFirst',
      options: {
        cacheName: RUNTIME_PAGE_CACHE,
        // Widget state lives in the query: offline, /en/long/?x=1 is the page cached as /en/long/.
        matchOptions: { ignoreSearch: true },
        expiration: { maxEntries: 20 },
      },
    },
  ],
};

/** Files of the build over PRECACHE_LIMIT_BYTES: [path under dist, bytes], largest first. */
export function overPrecacheLimit(files: ReadonlyArray<readonly [string, number]>): Array<[string, number]> {
  return files
    .filter(([, bytes]) => bytes > PRECACHE_LIMIT_BYTES)
    .map(([path, bytes]): [string, number] => [path, bytes])
    .sort((a, b) => b[1] - a[1]);
}
