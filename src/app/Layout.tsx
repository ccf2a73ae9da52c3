import type { ReactNode } from 'react';
import chapterIndex from 'virtual:chapter-index';
import type { Locale } from '../content/locale.ts';
import { type Route, routePath } from './routes.ts';
import { uiStrings } from './strings.ts';
import { Island } from './islands/Island.tsx';
import { followLanguageLink } from './languageLink.ts';

/** The route of the same page in the other language. */
function otherLanguageRoute(route: Route, other: Locale): Route {
  switch (route.kind) {
    case 'home':
    case 'review':
    case 'chapter':
    case 'not-found':
      return { ...route, locale: other };
    default:
      return { kind: 'home', locale: other };
  }
}

/** The shell around every page: skip link, header with language and theme, the chapter list, the main column. */
export function Layout({ route, locale, children }: { route: Route; locale: Locale; children: ReactNode }) {
  const strings = uiStrings[locale];
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const otherHref = routePath(otherLanguageRoute(route, other));
  const currentSlug = route.kind === 'chapter' ? route.slug : undefined;
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <header className="site-header">
        <a className="site-title" href={`/${locale}/`}>
          {strings.siteTitle}
        </a>
        <nav className="site-tools" aria-label={strings.menu}>
          <a href={`/${locale}/review/`} aria-current={route.kind === 'review' ? 'page' : undefined}>
            {strings.review} <Island name="due-badge" id="due" when={['saved-reviews']} props={{ locale }} />
          </a>
          <a
            href={otherHref}
            hrefLang={other}
            lang={other}
            data-language-link=""
            onClick={(event) => followLanguageLink(event.currentTarget)}
          >
            {strings.otherLanguage}
          </a>
          <Island name="theme-select" id="theme" props={{ locale }} />
          <Island name="search" id="search" props={{ locale }} />
        </nav>
      </header>
      <div className="site-body">
        <details className="chapter-nav">
          <summary>{strings.chapters}</summary>
          <nav aria-label={strings.chapters}>
            <ol>
              {chapterIndex[locale].map((chapter) => (
                <li key={chapter.slug}>
                  <a href={`/${locale}/${chapter.slug}/`} aria-current={chapter.slug === currentSlug ? 'page' : undefined}>
                    <span className="chapter-nav__number">{chapter.kind === 'reference' ? '' : chapter.order}</span> {chapter.title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        </details>
        <main id="main" tabIndex={-1} lang={locale}>
          <Island name="progress-notice" id="notice" as="div" when={['saved-reviews']} props={{ locale }} />
          {children}
        </main>
      </div>
      <Island name="update-prompt" id="update" as="div" when={['update']} props={{ locale }} />
    </>
  );
}
