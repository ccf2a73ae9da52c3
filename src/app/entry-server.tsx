import { renderToString } from 'react-dom/server';
import chapterIndex from 'virtual:chapter-index';
import * as chapterModules from 'virtual:chapter-modules';
import type { CompiledChapter } from '../content/chapter.ts';
import { LOCALES } from '../content/locale.ts';
import { App } from './App.tsx';
import { IslandContext, type IslandEnvironment } from './islands/Island.tsx';
import { islandComponents } from './islands/components.ts';
import { isNotFound, type PageData } from './pageData.ts';

export { serialisePageData } from './pageData.ts';
export { routePath } from './routes.ts';
import { parseRoute, type Route, routePath } from './routes.ts';
import { uiStrings } from './strings.ts';

/** Islands render as roots of their own, with the useId prefix the browser hydrates them with. */
const islands: IslandEnvironment = {
  components: islandComponents,
  render: (element, identifierPrefix) => renderToString(element, { identifierPrefix }),
};

// Every page's chapter, loaded before the first render (the prerenderer renders them all).
const load = (loaders: Record<string, () => Promise<CompiledChapter>>) => Promise.all(Object.values(loaders).map((loader) => loader()));
const [chapters, fixtures] = await Promise.all([load(chapterModules.chapters), load(chapterModules.fixtures)]);

/** Every page the build writes. */
export function listRoutes(): Route[] {
  const routes: Route[] = [{ kind: 'landing' }];
  for (const locale of LOCALES) {
    routes.push({ kind: 'home', locale }, { kind: 'review', locale });
    for (const chapter of chapterIndex[locale]) routes.push({ kind: 'chapter', locale, slug: chapter.slug });
  }
  for (const fixture of fixtures) routes.push({ kind: 'fixture', locale: fixture.locale, slug: fixture.slug });
  return routes;
}

function findChapter(route: Route): CompiledChapter | undefined {
  if (route.kind === 'chapter') {
    return chapters.find((chapter) => chapter.locale === route.locale && chapter.slug === route.slug);
  }
  if (route.kind === 'fixture') return fixtures.find((chapter) => chapter.slug === route.slug);
  return undefined;
}

/** A rendered page: the app's HTML, the data it hydrates from, and what goes in <head>. */
export interface RenderedPage {
  path: string;
  lang: string;
  title: string;
  description: string;
  html: string;
  data: PageData;
  /** The chapter's problems, for the build log. */
  problems: CompiledChapter['problems'];
  needsMermaid: boolean;
}

/** Renders the page at `url` to HTML. */
export function render(url: string): RenderedPage {
  const route = parseRoute(url);
  const compiled = findChapter(route);
  const chapter = compiled
    ? {
        locale: compiled.locale, slug: compiled.slug, order: compiled.order, file: compiled.file,
        title: compiled.title, summary: compiled.summary, kind: compiled.kind, frontMatterError: compiled.frontMatterError,
        html: compiled.html, headings: compiled.headings, problems: compiled.problems,
      }
    : undefined;
  const data: PageData = { route, chapter };
  const locale = route.kind === 'landing' ? 'en' : route.locale;
  const strings = uiStrings[locale];
  const title =
    route.kind === 'landing'
      ? `${uiStrings.zh.siteTitle} · ${uiStrings.en.siteTitle}`
      : isNotFound(data)
        ? `${strings.notFoundTitle} · ${strings.siteTitle}`
        : chapter
          ? `${chapter.title} · ${strings.siteTitle}`
          : route.kind === 'review'
            ? `${strings.review} · ${strings.siteTitle}`
            : strings.siteTitle;
  return {
    path: routePath(route),
    lang: route.kind === 'landing' ? 'en' : locale === 'zh' ? 'zh-CN' : 'en',
    title,
    description: chapter?.summary || strings.siteTagline,
    html: renderToString(
      <IslandContext value={islands}>
        <App page={data} />
      </IslandContext>,
    ),
    data,
    problems: compiled?.problems ?? [],
    needsMermaid: compiled?.needsMermaid ?? false,
  };
}
