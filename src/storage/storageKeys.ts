/** Every name under which the notebook keeps data in the browser, in one place. */

/** The IndexedDB database that holds the reader's progress. */
export const DATABASE_NAME = 'chatgpt-study-notebook';

/**
 * The database schema version. 1: `reviews` with `grade` names and epoch-millisecond `time`. 2: `reviews` as
 * ReviewRecord (FSRS rating numbers, ISO `answeredAt`, optional `response` and `amends`) plus the `quarantine` store.
 */
export const DATABASE_VERSION = 2;

/** Object store names. `reviews` is keyed by review id, `quarantine` by "store:key" of the record kept aside. */
export const STORE = { reviews: 'reviews', quarantine: 'quarantine' } as const;

/** The BroadcastChannel on which tabs tell each other that the progress changed. */
export const BROADCAST_CHANNEL_NAME = 'chatgpt-study-notebook:progress';

/** The `format` field of an exported progress file. */
export const PROGRESS_FILE_FORMAT = 'chatgpt-study-notebook/progress';

/**
 * The IndexedDB database of the GPT lab's trained models: one of its own, apart from the progress database, so that
 * models of hundreds of kilobytes never share an upgrade or a transaction with the review log.
 */
export const MODEL_DATABASE_NAME = 'chatgpt-study-notebook-models';
/** Its schema version. 1: `models` (records keyed by the lab's id) and `quarantine`. */
export const MODEL_DATABASE_VERSION = 1;
/** Its object stores. */
export const MODEL_STORE = { models: 'models', quarantine: 'quarantine' } as const;
