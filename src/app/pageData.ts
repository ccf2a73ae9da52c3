import type { ChapterMeta, ContentProblem, Heading } from '../content/chapter.ts';
import type { Route } from './routes.ts';

/** A chapter as a page needs it: its HTML and outline. Widget props travel inside the HTML. */
export interface ChapterPageData extends ChapterMeta {
  html: string;
  headings: Heading[];
  problems: ContentProblem[];
}

/** Everything a page renders from, so the server's HTML and the browser's first render agree. */
export interface PageData {
  route: Route;
  chapter: ChapterPageData | undefined;
}

/**
 * True for the page that says "not found": an address no route knows, or a chapter (or fixture) that does not exist.
 * The page's body (App) and its <title> (entry-server) both ask this, so they cannot disagree.
 */
export function isNotFound({ route, chapter }: PageData): boolean {
  return route.kind === 'not-found' || ((route.kind === 'chapter' || route.kind === 'fixture') && !chapter);
}

/** The id of the JSON script that carries the page data (without the chapter HTML, which is in the DOM already). */
export const PAGE_DATA_ID = 'page-data';

/** Serialises page data for a `<script type="application/json">`, escaping `<` so no tag can close it early. */
export function serialisePageData(data: PageData): string {
  const withoutHtml = data.chapter ? { ...data, chapter: { ...data.chapter, html: '' } } : data;
  return JSON.stringify(withoutHtml).replace(/</g, '\\u003c');
}
