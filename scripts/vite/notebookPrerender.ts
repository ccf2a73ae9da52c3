import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { prerender } from '../prerender.mjs';
import type { BuildSteps } from './buildSteps.ts';
import { overPrecacheLimit, PRECACHE_LIMIT_BYTES } from './offlineCaching.ts';

/**
 * After the client bundle is written, prerenders every page into it with the server bundle (built first, see
 * buildNotebook) and cuts KaTeX's fonts down. Its closeBundle runs first ('pre'), so the service worker that
 * vite-plugin-pwa generates in its own closeBundle precaches the pages as well.
 */
export function notebookPrerender(steps: BuildSteps): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'notebook-prerender',
    apply: 'build',
    sharedDuringBuild: true,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (this.environment.name !== 'client') return;
        steps.since('client bundle', 'client');
        const environments = this.environment.getTopLevelConfig().environments;
        const serverOut = resolve(config.root, environments.ssr!.build.outDir);
        const dist = resolve(config.root, this.environment.config.build.outDir);
        const { pages, problems, written, fonts, milliseconds } = (await prerender({
          dist,
          serverEntry: join(serverOut, 'entry-server.js'),
        })) as {
          pages: number;
          problems: number;
          written: Array<[string, number]>;
          fonts: { files: number; before: number; after: number };
          milliseconds: { render: number; fonts: number };
        };
        steps.record('prerender', milliseconds.render);
        steps.record('fonts', milliseconds.fonts);
        steps.mark('prerendered');
        const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
        const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
        const large = overPrecacheLimit(written.filter(([path]) => !path.startsWith('fixtures/')));
        if (large.length > 0) {
          console.warn(
            `warning: ${large.length} file(s) over ${mb(PRECACHE_LIMIT_BYTES)} left out of the offline copy (the service ` +
              `worker keeps each once a reader opens it):\n${large.map(([path, bytes]) => `  /${path} (${mb(bytes)})`).join('\n')}`,
          );
        }
        console.log(
          `prerendered ${pages} pages${problems ? `; ${problems} content problems in reader chapters (listed above)` : ''}; ` +
            `${fonts.files} KaTeX fonts subset, ${kb(fonts.before)} -> ${kb(fonts.after)}`,
        );
      },
    },
  };
}
