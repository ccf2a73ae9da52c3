import type { Locale } from '../../content/locale.ts';
import { downloadProgress } from './downloadProgress.ts';
import { useReviewSnapshot, useReviewStoreGetter } from './reviewStoreContext.ts';
import { reviewStrings } from './strings.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheets are loaded with the component
import './controls.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './progress.css';

/**
 * Tells the reader about trouble with their saved progress (records set aside, a full disk, no storage at all, a
 * newer tab) and offers to export what can still be read. Renders nothing when all is well.
 */
export function StorageNotice({ locale }: { locale: Locale }) {
  const snapshot = useReviewSnapshot();
  const store = useReviewStoreGetter();
  const strings = reviewStrings[locale];
  if (snapshot.issues.length === 0) return null;
  return (
    <div className="storage-notice" aria-live="polite">
      <p className="storage-notice__title">{strings.noticeTitle}</p>
      <ul className="storage-notice__list">
        {snapshot.issues.map((issue) => (
          <li key={issue.kind}>{strings.issue(issue)}</li>
        ))}
      </ul>
      <button type="button" className="quiz-button" onClick={() => void downloadProgress(store())}>
        {strings.exportButton}
      </button>
    </div>
  );
}
