import { isLocale, type Locale } from '../content/locale.ts';

/** A page of the notebook, as named by its URL. */
export type Route =
  | { kind: 'landing' }
  | { kind: 'home'; locale: Locale }
  | { kind: 'chapter'; locale: Locale; slug: string }
  | { kind: 'review'; locale: Locale }
  | { kind: 'fixture'; locale: Locale; slug: string }
  | { kind: 'not-found'; locale: Locale };

/** Parses a pathname: `/`, `/zh/`, `/zh/gelu/`, `/en/review/`, `/fixtures/bad-content/`. Trailing slash optional. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { kind: 'landing' };
  const [first, second, third] = parts;
  if (first === 'fixtures' && second && !third) return { kind: 'fixture', locale: 'en', slug: second };
  if (!isLocale(first)) return { kind: 'not-found', locale: 'en' };
  if (!second) return { kind: 'home', locale: first };
  if (third) return { kind: 'not-found', locale: first };
  if (second === 'review') return { kind: 'review', locale: first };
  return { kind: 'chapter', locale: first, slug: second };
}

/** The URL of a route, always with a trailing slash (the static pages are folders with an index.html). */
export function routePath(route: Route): string {
  switch (route.kind) {
    case 'landing':
      return '/';
    case 'home':
      return `/${route.locale}/`;
    case 'chapter':
      return `/${route.locale}/${route.slug}/`;
    case 'review':
      return `/${route.locale}/review/`;
    case 'fixture':
      return `/fixtures/${route.slug}/`;
    case 'not-found':
      return `/${route.locale}/`;
  }
}
