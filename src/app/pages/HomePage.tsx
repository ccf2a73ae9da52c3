import chapterIndex from 'virtual:chapter-index';
import type { Locale } from '../../content/locale.ts';
import { ErrorBox } from '../../ui/ErrorBox.tsx';
import { Island } from '../islands/Island.tsx';
import { uiStrings } from '../strings.ts';

/** The chapter list of one language, in order, each with its title and one-line summary. */
export function HomePage({ locale }: { locale: Locale }) {
  const strings = uiStrings[locale];
  return (
    <div className="home">
      <h1>{strings.siteTitle}</h1>
      <p className="home__tagline">{strings.siteTagline}</p>
      <Island name="continue-reading" id="continue" as="div" when={['saved-reading']} props={{ locale }} />
      <h2>{strings.chapters}</h2>
      <ol className="chapter-list">
        {chapterIndex[locale].map((chapter) => (
          <li key={chapter.slug} className="chapter-list__item">
            <a className="chapter-list__link" href={`/${locale}/${chapter.slug}/`}>
              <span className="chapter-list__number">
                {chapter.kind === 'reference' ? strings.reference : strings.chapterNumber(chapter.order)}
              </span>
              <span className="chapter-list__title">{chapter.title}</span>
            </a>
            {chapter.frontMatterError ? (
              <ErrorBox title={strings.frontMatterError} file={chapter.file} line={1} message={chapter.frontMatterError} />
            ) : (
              <p className="chapter-list__summary">{chapter.summary}</p>
            )}
            <Island
              name="chapter-progress"
              id={`progress-${chapter.slug}`}
              as="div"
              className="chapter-list__progress"
              when={['saved-reading', 'saved-reviews']}
              props={{ locale, slug: chapter.slug, questionIds: chapter.questionIds }}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The root page: both languages side by side (a script sends readers on to their language when it can). */
export function LandingPage() {
  return (
    <div className="landing">
      <h1 className="landing__title">
        {uiStrings.zh.siteTitle} · {uiStrings.en.siteTitle}
      </h1>
      {(['zh', 'en'] as const).map((locale) => (
        <section key={locale} lang={locale} className="landing__column">
          <h2>
            <a href={`/${locale}/`}>{uiStrings[locale].siteTitle}</a>
          </h2>
          <p>{uiStrings[locale].siteTagline}</p>
          <ol>
            {chapterIndex[locale].map((chapter) => (
              <li key={chapter.slug}>
                <a href={`/${locale}/${chapter.slug}/`}>{chapter.title}</a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
