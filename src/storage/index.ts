/** Versioned persisted state: the reader's review log, its schema, migrations, export and import. */
export { getReviewStore } from './defaultReviewStore.ts';
export { ReviewStore, type ImportOutcome, type ImportProblem, type ReviewDraft, type ReviewSnapshot, type ReviewStoreOptions } from './reviewStore.ts';
export { buildProgressFile, PROGRESS_FILE_VERSION, readProgressFile, type ProgressFile, type ProgressFileProblem, type ProgressFileReading } from './progressFile.ts';
export { isQuotaError, StorageWriteError, type StorageIssue } from './storageErrors.ts';
export type { QuarantineEntry } from './schema.ts';
export { DATABASE_NAME, DATABASE_VERSION } from './storageKeys.ts';
