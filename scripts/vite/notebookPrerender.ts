import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { prerender } from '../prerender.mjs';

/**
 * After the client bundle is written, prerenders every page into it. Its closeBundle runs first ('pre'), so the
 * service worker that vite-plugin-pwa generates in its own closeBundle precaches the pages as well.
 */
export function notebookPrerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'notebook-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (config.build.ssr) return;
        const started = performance.now();
        const { pages, problems, fonts } = (await prerender({ root: config.root, dist: resolve(config.root, config.build.outDir) })) as {
          pages: number;
          problems: number;
          fonts: { files: number; before: number; after: number };
        };
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
        config.logger.info(
          `prerendered ${pages} pages in ${seconds} s${problems ? `; ${problems} content problems above` : ''}; ` +
            `${fonts.files} KaTeX fonts subset, ${kb(fonts.before)} -> ${kb(fonts.after)}`,
        );
      },
    },
  };
}
