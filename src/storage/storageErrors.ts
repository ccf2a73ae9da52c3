/** What can go wrong with the reader's stored progress, in a form the UI can put into words. */

/** A problem the reader should be told about. */
export type StorageIssue =
  /** Records that failed validation were moved to the quarantine store (count of entries there). */
  | { kind: 'quarantined'; count: number }
  /** The browser refused a write because the storage quota is used up. */
  | { kind: 'quota' }
  /** The database could not be opened: progress lives in memory for this visit only. */
  | { kind: 'unavailable'; message: string }
  /** A write failed for another reason. */
  | { kind: 'write-failed'; message: string }
  /** A newer version of the notebook opened in another tab: this tab must reload to keep saving. */
  | { kind: 'reload-needed' }
  /**
   * The progress was saved by a newer version of the notebook (database schema `version`): it is shown as far as this
   * version can read it (`unreadable` records cannot be), and nothing is written until the page is reloaded.
   */
  | { kind: 'newer-version'; version: number; unreadable: number };

/** True for the errors browsers raise when storage is full (Chromium, WebKit and Firefox spell it differently). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Thrown by writes that did not happen; `kind` says why. */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
  constructor(
    readonly kind: 'quota' | 'failed' | 'newer-version',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
