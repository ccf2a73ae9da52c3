/** Every name under which the notebook keeps data in the browser, in one place. */

/** The IndexedDB database that holds the reader's progress. */
export const DATABASE_NAME = 'chatgpt-study-notebook';

/**
 * The database schema version. 1: `reviews` with `grade` names and epoch-millisecond `time`. 2: `reviews` as
 * ReviewRecord (FSRS rating numbers, ISO `answeredAt`, optional `response` and `amends`) plus the `quarantine` store.
 * 3: options are shown shuffled, and responses name them by authored index (`option`, `options`) with the arrangement
 * shown (`shown`); see migrateReviewV2 in schema.ts.
 */
export const DATABASE_VERSION = 3;

/** Object store names. `reviews` is keyed by review id, `quarantine` by "store:key" of the record kept aside. */
export const STORE = { reviews: 'reviews', quarantine: 'quarantine' } as const;

/** The BroadcastChannel on which tabs tell each other that the progress changed. */
export const BROADCAST_CHANNEL_NAME = 'chatgpt-study-notebook:progress';

/** The `format` field of an exported progress file. */
export const PROGRESS_FILE_FORMAT = 'chatgpt-study-notebook/progress';
