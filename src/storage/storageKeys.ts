/** Every name under which the notebook keeps data in the browser, in one place (PERSISTED_NAMES lists them). */

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

/**
 * The IndexedDB database of the GPT lab's trained models: one of its own, apart from the progress database, so that
 * models of hundreds of kilobytes never share an upgrade or a transaction with the review log.
 */
export const MODEL_DATABASE_NAME = 'chatgpt-study-notebook-models';
/** Its schema version. 1: `models` (records keyed by the lab's id) and `quarantined-models`. */
export const MODEL_DATABASE_VERSION = 1;
/** Its object stores. */
export const MODEL_STORE = { models: 'models', quarantine: 'quarantined-models' } as const;

/** localStorage key of the theme choice: 'light' or 'dark' (absent: follow the system). index.html reads it too. */
export const THEME_STORAGE_KEY = 'notebook.theme';

/** localStorage key of the reader's language, 'zh' or 'en'; the landing redirect (scripts/prerender.mjs) reads it. */
export const LOCALE_STORAGE_KEY = 'notebook.locale';

/** localStorage key of the reading progress (JSON, version 1): where the reader was, the share of each chapter read. */
export const READING_STORAGE_KEY = 'notebook.reading.v1';

/** localStorage key under which reading progress that failed validation is kept aside instead of being lost. */
export const READING_SET_ASIDE_STORAGE_KEY = 'notebook.reading.v1.broken';

/** Where the notebook keeps something in the reader's browser. */
export type PersistedNameKind =
  | 'localStorage key'
  | 'IndexedDB database'
  | 'IndexedDB object store'
  | 'BroadcastChannel';

/**
 * Every name under which the notebook keeps (or, for the channel, announces) data in the reader's browser: the one
 * list. Code names each through its constant above, never as a literal; src/storage/storageKeys.test.ts checks that
 * no other file spells one out, that every storage call uses a listed name, that every listed name is used, and
 * that index.html's theme script and the landing page's redirect read the keys listed here.
 */
export const PERSISTED_NAMES: readonly { name: string; kind: PersistedNameKind; holds: string }[] = [
  { name: THEME_STORAGE_KEY, kind: 'localStorage key', holds: 'the theme choice' },
  { name: LOCALE_STORAGE_KEY, kind: 'localStorage key', holds: 'the language last chosen' },
  { name: READING_STORAGE_KEY, kind: 'localStorage key', holds: 'reading progress' },
  { name: READING_SET_ASIDE_STORAGE_KEY, kind: 'localStorage key', holds: 'reading progress that failed validation' },
  { name: DATABASE_NAME, kind: 'IndexedDB database', holds: 'the quiz review log' },
  { name: STORE.reviews, kind: 'IndexedDB object store', holds: 'one record per answer' },
  { name: STORE.quarantine, kind: 'IndexedDB object store', holds: 'records that failed validation or migration' },
  { name: BROADCAST_CHANNEL_NAME, kind: 'BroadcastChannel', holds: 'nothing stored: tabs tell each other of changes' },
  { name: MODEL_DATABASE_NAME, kind: 'IndexedDB database', holds: 'the trained models of the GPT lab' },
  { name: MODEL_STORE.models, kind: 'IndexedDB object store', holds: 'one model file per GPT lab, with a summary' },
  { name: MODEL_STORE.quarantine, kind: 'IndexedDB object store', holds: 'saved models that failed validation' },
];
