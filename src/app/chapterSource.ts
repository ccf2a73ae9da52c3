import type { CompiledChapter } from '../content/chapter.ts';
import type { Route } from './routes.ts';

/** Every chapter module (reader chapters and test fixture pages), loaded on demand: used by the dev server, where
 * pages are not prerendered. */
const modules = import.meta.glob<CompiledChapter>(['/content/*/*.md', '/src/markdown/fixtures/pages/*/*.md'], {
  import: 'default',
});

/** Loads the compiled chapter a route names, or undefined when there is none. */
export async function loadChapterForRoute(route: Route): Promise<CompiledChapter | undefined> {
  if (route.kind !== 'chapter' && route.kind !== 'fixture') return undefined;
  const folder = route.kind === 'chapter' ? `/content/${route.locale}/` : `/src/markdown/fixtures/pages/${route.locale}/`;
  const key = Object.keys(modules).find((path) => path.startsWith(folder) && path.endsWith(`-${route.slug}.md`) && /\/\d{2}-/.test(path.slice(folder.length - 1)));
  return key ? modules[key]!() : undefined;
}
