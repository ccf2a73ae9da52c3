import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../content/locale.ts';
import { nextDueAfter, selectQueue, type QuizBank, type QuizBankEntry, type ReviewMode } from '../engine/index.ts';
import { formatDate, formatRelative } from './formatWhen.ts';
import { loadQuizBank } from './loadQuizBank.ts';
import { PreviewBanner, PreviewForm } from './PreviewControls.tsx';
import { ProgressTransfer } from './ProgressTransfer.tsx';
import { ReviewSession } from './ReviewSession.tsx';
import { ClockContext, useClock, useReviewSnapshot } from './reviewStoreContext.ts';
import { readReviewUrl, reviewPath } from './reviewUrl.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { reviewStrings } from './strings.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheets are loaded with the component
import './controls.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './review-page.css';

/** Props of the review page. Mode and preview date default to what the URL says (see reviewUrl.ts). */
export interface ReviewPageProps {
  locale: Locale;
  /** Every due question / every question of a chapter / of a section. */
  mode?: ReviewMode;
  /** Show the queue as of this date; answers are then not saved. */
  previewAt?: Date | undefined;
  /** Loads the question bank; default `import('virtual:quiz-bank')`. */
  loadBank?: () => Promise<QuizBank>;
}

type BankState = { status: 'loading' } | { status: 'ready'; entries: QuizBankEntry[] } | { status: 'failed'; message: string };

/**
 * The review page: the session's questions (due ones, or a chapter's or a section's), the storage notice, a preview of
 * a later date's queue, and export/import. The page's `<h1>` belongs to the route.
 */
export default function ReviewPage(props: ReviewPageProps) {
  const { locale, loadBank = loadQuizBank } = props;
  const fromUrl = useMemo(() => readReviewUrl(typeof window === 'undefined' ? '' : window.location.search), []);
  const mode = props.mode ?? fromUrl.mode;
  const previewAt = 'previewAt' in props ? props.previewAt : fromUrl.previewAt;
  const systemClock = useClock();
  const clock = useMemo(() => (previewAt ? () => new Date(previewAt) : systemClock), [previewAt, systemClock]);
  const [bank, setBank] = useState<BankState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    loadBank().then(
      (loaded) => !cancelled && setBank({ status: 'ready', entries: loaded[locale] }),
      (error: unknown) => !cancelled && setBank({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [loadBank, locale]);

  const strings = reviewStrings[locale];
  return (
    <ClockContext value={clock}>
      <div className="review-page">
        <StorageNotice locale={locale} />
        {previewAt ? <PreviewBanner locale={locale} mode={mode} previewAt={previewAt} /> : null}
        {bank.status === 'loading' ? <p>{strings.loading}</p> : null}
        {bank.status === 'failed' ? <p className="review-page__error">{`${strings.bankFailed} ${bank.message}`}</p> : null}
        {bank.status === 'ready' ? <ReviewQueue locale={locale} mode={mode} entries={bank.entries} save={!previewAt} /> : null}
        <PreviewForm locale={locale} mode={mode} today={systemClock()} />
        <ProgressTransfer locale={locale} />
      </div>
    </ClockContext>
  );
}

/** The mode's title and its session, or why there is nothing to ask. The queue is fixed when the round starts. */
function ReviewQueue(props: { locale: Locale; mode: ReviewMode; entries: QuizBankEntry[]; save: boolean }) {
  const { locale, mode, entries, save } = props;
  const strings = reviewStrings[locale];
  const snapshot = useReviewSnapshot();
  const now = useClock();
  const [round, setRound] = useState<{ queue: QuizBankEntry[]; number: number } | undefined>();
  const nextRound = (number: number) => ({ queue: selectQueue(entries, mode, snapshot.cards, now()), number });
  // Freeze the queue once the saved progress is known: answering must not reshuffle the round under the reader.
  if (snapshot.ready && round === undefined) setRound(nextRound(0));

  const first = entries.find((entry) => mode.kind !== 'due' && entry.chapter === mode.chapter);
  const sectionEntry = entries.find((entry) => mode.kind === 'section' && entry.chapter === mode.chapter && entry.section === mode.section);
  const title =
    mode.kind === 'due'
      ? strings.modeDue
      : mode.kind === 'chapter'
        ? strings.modeChapter(first?.chapterTitle ?? mode.chapter)
        : strings.modeSection(first?.chapterTitle ?? mode.chapter, sectionEntry?.sectionTitle ?? mode.section);

  let body;
  if (round === undefined) body = <p>{strings.loading}</p>;
  else if (round.queue.length > 0) {
    body = (
      <ReviewSession
        key={round.number}
        locale={locale}
        queue={round.queue}
        save={save}
        onRestart={() => setRound(nextRound(round.number + 1))}
      />
    );
  } else if (mode.kind !== 'due') body = <p>{strings.noQuestions}</p>;
  else if (snapshot.cards.size === 0) body = <p>{strings.noneAnswered}</p>;
  else {
    const known = new Set(entries.map((entry) => entry.question.id));
    const next = nextDueAfter(snapshot.cards, now(), known);
    body = (
      <p>
        {strings.nothingDue}{' '}
        {next ? strings.nextDue(`${formatRelative(next, now(), locale)} (${formatDate(next, locale)})`) : null}
      </p>
    );
  }
  const retired = [...snapshot.cards.values()].filter((state) => state.retired).length;
  return (
    <section className="review-page__queue" aria-label={title}>
      <h2 className="review-page__mode">{title}</h2>
      {body}
      {retired > 0 && mode.kind === 'due' ? <p className="review-page__retired">{strings.retiredKept(retired)}</p> : null}
      {mode.kind !== 'due' ? (
        <p>
          <a href={reviewPath(locale)}>{strings.allDue}</a>
        </p>
      ) : null}
    </section>
  );
}
