import { useId, useState, type ChangeEvent } from 'react';
import type { Locale } from '../../content/locale.ts';
import { StorageWriteError } from '../../storage/index.ts';
import { downloadProgress } from './downloadProgress.ts';
import { useReviewStoreGetter } from './reviewStoreContext.ts';
import { quizStrings, reviewStrings } from './strings.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheets are loaded with the component
import './controls.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './progress.css';

/**
 * Export and import of the reader's progress. An import is checked in full before anything is written: a bad file
 * gets a clear message and leaves the existing progress as it was; a good one is merged by review id.
 */
export function ProgressTransfer({ locale }: { locale: Locale }) {
  const strings = reviewStrings[locale];
  const store = useReviewStoreGetter();
  const headingId = useId();
  const [message, setMessage] = useState<{ text: string; detail?: string; ok: boolean } | undefined>();

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const outcome = await store().importText(await file.text());
      if (outcome.ok) setMessage({ ok: true, text: strings.imported(outcome.added, outcome.alreadyPresent) });
      else {
        setMessage({
          ok: false,
          text: `${strings.importProblem[outcome.problem.code]} ${strings.untouched}`,
          detail: outcome.problem.detail,
        });
      }
    } catch (error) {
      const quota = error instanceof StorageWriteError && error.kind === 'quota';
      setMessage({ ok: false, text: `${quizStrings[locale].saveFailed[quota ? 'quota' : 'failed']} ${strings.untouched}` });
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
    </section>
  );
}
