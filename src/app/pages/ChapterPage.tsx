import { useEffect, useState } from 'react';
import chapterIndex from 'virtual:chapter-index';
import { ErrorBox } from '../../ui/ErrorBox.tsx';
import { enhanceChapter } from '../chapter-body/enhanceChapter.ts';
import { renderPendingDiagrams } from '../chapter-body/mermaidRuntime.ts';
import type { ChapterPageData } from '../pageData.ts';
import { uiStrings } from '../strings.ts';

/**
 * One chapter: title, summary, the prerendered body, its outline and previous/next links. The body's HTML comes from
 * the build (or the dev server); only the widgets and any diagram without a prerendered SVG are brought to life here.
 */
export function ChapterPage({ chapter, listed = true }: { chapter: ChapterPageData; listed?: boolean }) {
  const strings = uiStrings[chapter.locale];
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const chapters = chapterIndex[chapter.locale];
  const position = chapters.findIndex((entry) => entry.slug === chapter.slug);
  const previous = listed && position > 0 ? chapters[position - 1] : undefined;
  const next = listed && position >= 0 ? chapters[position + 1] : undefined;

  // The dev server renders the page in the browser: bring the body to life as the production entry does. (The
  // production site never runs this component in the browser; src/app/entry-client.tsx calls enhanceChapter.)
  useEffect(() => {
    if (!body) return undefined;
    const undo = enhanceChapter(body, { locale: chapter.locale, slug: chapter.slug, tracked: listed });
    void renderPendingDiagrams(body);
    return undo;
    // chapter.html is a real dependency: when it changes (hot reload), React replaces the body and the widgets and
    // diagrams in it must be mounted again.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [body, chapter.html, chapter.locale, chapter.slug, listed]);

  return (
    <article className="chapter">
      <header className="chapter__header">
        {listed ? (
          <p className="chapter__number">{chapter.kind === 'reference' ? strings.reference : strings.chapterNumber(chapter.order)}</p>
        ) : null}
        <h1>{chapter.title}</h1>
        {chapter.summary ? <p className="chapter__summary">{chapter.summary}</p> : null}
      </header>
      {chapter.frontMatterError ? (
        <ErrorBox title={strings.frontMatterError} file={chapter.file} line={1} message={chapter.frontMatterError} />
      ) : null}
      <div className="chapter__columns">
        {chapter.headings.length > 0 ? (
          // Folded on phones, where it stands above the text, so that a chapter's first screen shows the chapter;
          // always open beside the text on wide screens (layout.css), as the chapter list is.
          <nav className="outline" aria-label={strings.outline}>
            <details>
              <summary className="outline__title">{strings.outline}</summary>
              <ol>
                {chapter.headings.map((heading) => (
                  <li key={heading.id} className={`outline__item outline__item--${heading.depth}`}>
                    <a href={`#${heading.id}`}>{heading.text}</a>
                  </li>
                ))}
              </ol>
            </details>
          </nav>
        ) : null}
        <div className="chapter-body" ref={setBody} dangerouslySetInnerHTML={{ __html: chapter.html }} />
      </div>
      {previous || next ? (
        <nav className="prev-next" aria-label={`${strings.previous} / ${strings.next}`}>
          {previous ? (
            <a className="prev-next__previous" href={`/${chapter.locale}/${previous.slug}/`} rel="prev">
              <span className="prev-next__label">{strings.previous}</span>
              <span className="prev-next__title">{previous.title}</span>
            </a>
          ) : <span />}
          {next ? (
            <a className="prev-next__next" href={`/${chapter.locale}/${next.slug}/`} rel="next">
              <span className="prev-next__label">{strings.next}</span>
              <span className="prev-next__title">{next.title}</span>
            </a>
          ) : null}
        </nav>
      ) : null}
    </article>
  );
}
