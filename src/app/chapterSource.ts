import { chapters, fixtures } from 'virtual:chapter-modules';
import type { CompiledChapter } from '../content/chapter.ts';
import type { Route } from './routes.ts';

/** Loads the compiled chapter a route names, or undefined when there is none. Used by the dev server, where pages
 * are not prerendered; each chapter is its own module there, so an edit reaches the page by hot replacement. */
export async function loadChapterForRoute(route: Route): Promise<CompiledChapter | undefined> {
  if (route.kind === 'chapter') return chapters[`${route.locale}/${route.slug}`]?.();
  if (route.kind === 'fixture') return fixtures[route.slug]?.();
  return undefined;
}
