import { useId, useState, type ChangeEvent } from 'react';
import type { Locale } from '../../content/locale.ts';
import type { ImportOutcome } from '../../storage/index.ts';
import { downloadProgress } from './downloadProgress.ts';
import { useReviewStoreGetter } from './reviewStoreContext.ts';
import { reviewStrings } from './strings.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheets are loaded with the component
import './controls.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './progress.css';

/** What the import area says, and for a damaged file with usable entries, the file to import them from. */
interface ImportMessage {
  ok: boolean;
  text: string;
  detail?: string;
  usable?: { text: string; count: number };
}

/**
 * Export and import of the reader's progress. An import is checked in full before anything is written: a bad file
 * gets a clear message and leaves the existing progress as it was; a good one is merged by review id. A damaged file
 * is refused whatever its size, with the number of usable entries, which the reader may then import on their own.
 */
export function ProgressTransfer({ locale }: { locale: Locale }) {
  const strings = reviewStrings[locale];
  const store = useReviewStoreGetter();
  const headingId = useId();
  const [message, setMessage] = useState<ImportMessage | undefined>();

  const describe = (outcome: ImportOutcome, text: string): ImportMessage => {
    if (outcome.ok) {
      const skipped = outcome.skipped > 0 ? strings.importedSkipping(outcome.skipped) : '';
      return { ok: true, text: strings.sentences(strings.imported(outcome.added, outcome.alreadyPresent), skipped) };
    }
    const { problem } = outcome;
    const entries = 'entries' in problem ? problem.entries : undefined;
    const counts = entries ? strings.damagedEntries(entries.usable, entries.total) : '';
    return {
      ok: false,
      text: strings.sentences(strings.importProblem[problem.code], strings.untouched, counts),
      detail: problem.detail,
      ...(entries && entries.usable > 0 ? { usable: { text, count: entries.usable } } : {}),
    };
  };

  const run = async (text: string, usableOnly: boolean) => {
    try {
      setMessage(describe(await store().importText(text, { usableOnly }), text));
    } catch (error) {
      // Not expected (files are read entry by entry, writes report their own failures): say so, not "not saved".
      setMessage({ ok: false, text: strings.sentences(strings.importFailed, strings.untouched), detail: String(error) });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      await run(await file.text(), false);
    } finally {
      input.value = '';
    }
  };

  return (
    <section className="progress-transfer" aria-labelledby={headingId}>
      <h2 id={headingId} className="progress-transfer__title">
        {strings.transferTitle}
      </h2>
      <p className="progress-transfer__hint">{strings.transferHint}</p>
      <div className="progress-transfer__actions">
        <button type="button" className="quiz-button" onClick={() => void downloadProgress(store())}>
          {strings.exportButton}
        </button>
        <label className="progress-transfer__import">
          {strings.importLabel}
          <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} />
        </label>
      </div>
      <div aria-live="polite">
        {message ? (
          <p className={message.ok ? 'progress-transfer__ok' : 'progress-transfer__error'}>
            {message.text}
            {message.detail ? <small className="progress-transfer__detail">{message.detail}</small> : null}
          </p>
        ) : null}
      </div>
      {message?.usable ? (
        <button type="button" className="quiz-button" onClick={() => void run(message.usable?.text ?? '', true)}>
          {strings.importUsable(message.usable.count)}
        </button>
      ) : null}
    </section>
  );
}
