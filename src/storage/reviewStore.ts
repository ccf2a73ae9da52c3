/**
 * The reader's progress: an append-only review log in IndexedDB, from which the FSRS cards are rebuilt. Every write is
 * one record keyed by its review id (never a read-modify-write of a whole blob), so two tabs cannot overwrite each
 * other; each change is announced on a BroadcastChannel so the other tabs re-read. When IndexedDB cannot be opened,
 * progress is kept in memory for the visit and the reader is told.
 */
import { buildCards, reviewRecordSchema, type CardState, type ReviewRecord } from '../quiz/engine/index.ts';
import { newReviewId } from './newReviewId.ts';
import { openNotebookDatabase, type NotebookDatabaseConnection } from './openDatabase.ts';
import { buildProgressFile, readProgressFile, type ProgressFile, type ProgressFileProblem } from './progressFile.ts';
import { readReviews } from './readReviews.ts';
import type { QuarantineEntry } from './schema.ts';
import { isQuotaError, StorageWriteError, type StorageIssue } from './storageErrors.ts';
import { BROADCAST_CHANNEL_NAME, DATABASE_NAME, STORE } from './storageKeys.ts';

/** What a component needs to draw progress. Replaced (never mutated) on every change, so it can be compared by identity. */
export interface ReviewSnapshot {
  /** False until the first read finished. */
  ready: boolean;
  reviews: readonly ReviewRecord[];
  cards: ReadonlyMap<string, CardState>;
  /** Entries in the quarantine store (0 when nothing was kept aside). */
  quarantinedCount: number;
  /** Problems to tell the reader about, quarantine included. */
  issues: readonly StorageIssue[];
}

/** A review to append: the id is made here. */
export interface ReviewDraft extends Omit<ReviewRecord, 'id' | 'answeredAt'> {
  answeredAt: Date;
}

/** The outcome of an import: how many reviews were new, or why the file was refused (then nothing was written). */
export type ImportOutcome = { ok: true; added: number; alreadyPresent: number } | { ok: false; problem: ProgressFileProblem };

/** Options, mostly for tests. */
export interface ReviewStoreOptions {
  /** Default DATABASE_NAME. */
  databaseName?: string;
  /** Default BROADCAST_CHANNEL_NAME. */
  channelName?: string;
  /** Asks the browser not to evict the data; default navigator.storage.persist(). */
  requestPersistence?: () => Promise<boolean>;
  /** The clock for quarantine stamps; default the system clock. */
  now?: () => Date;
}

const EMPTY_SNAPSHOT: ReviewSnapshot = { ready: false, reviews: [], cards: new Map(), quarantinedCount: 0, issues: [] };

/** The progress store. Create one per tab (see getReviewStore); `ready` resolves after the first read. */
export class ReviewStore {
  readonly ready: Promise<void>;
  private database: NotebookDatabaseConnection | undefined;
  /** The log while IndexedDB is unusable. */
  private readonly memory = new Map<string, ReviewRecord>();
  private snapshot = EMPTY_SNAPSHOT;
  private readonly listeners = new Set<() => void>();
  private readonly sessionIssues: StorageIssue[] = [];
  private channel: BroadcastChannel | undefined;
  private reading: Promise<void> | undefined;
  private nextReading: Promise<void> | undefined;
  private readonly now: () => Date;

  constructor(options: ReviewStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.ready = this.start(options);
  }

  /** The current snapshot (for useSyncExternalStore). */
  getSnapshot = (): ReviewSnapshot => this.snapshot;

  /** Calls `listener` after every change, local or from another tab. Returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Appends one review. Throws StorageWriteError when it could not be saved (the issue is also reported). */
  async append(draft: ReviewDraft): Promise<ReviewRecord> {
    await this.ready;
    const record = reviewRecordSchema.parse({ ...draft, id: newReviewId(), answeredAt: draft.answeredAt.toISOString() });
    await this.write([record]);
    await this.changed();
    return record;
  }

  /** Imports a progress file's text, merging by review id (reviews already here are kept as they are). */
  async importText(text: string): Promise<ImportOutcome> {
    await this.ready;
    const file = readProgressFile(text);
    if (!file.ok) return file;
    const added = await this.write(file.reviews);
    await this.changed();
    return { ok: true, added, alreadyPresent: file.reviews.length - added };
  }

  /** The progress file of everything readable, plus the quarantined entries for the reader's own rescue. */
  async exportFile(): Promise<ProgressFile> {
    await this.ready;
    await this.refresh();
    return buildProgressFile(this.snapshot.reviews, await this.quarantinedEntries(), this.now());
  }

  /** Everything kept aside, oldest first. */
  async quarantinedEntries(): Promise<QuarantineEntry[]> {
    await this.ready;
    return this.database ? this.database.getAll(STORE.quarantine) : [];
  }

  /**
   * Re-reads the log and publishes a new snapshot. Reads never overlap: a call made while one runs waits for one more
   * read after it, so the snapshot it resolves with includes every write made before the call.
   */
  refresh(): Promise<void> {
    if (this.reading) {
      this.nextReading ??= this.reading.then(() => {
        this.nextReading = undefined;
        return this.refresh();
      });
      return this.nextReading;
    }
    this.reading = this.readAndPublish().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  private async readAndPublish(): Promise<void> {
    let reviews: ReviewRecord[] = [...this.memory.values()];
    let quarantinedCount = 0;
    if (this.database) {
      try {
        ({ reviews, quarantinedCount } = await readReviews(this.database, this.now));
      } catch (error) {
        this.useMemory(`the saved progress could not be read (${describe(error)})`);
        reviews = [...this.memory.values()];
      }
    }
    const issues: StorageIssue[] = [...this.sessionIssues];
    if (quarantinedCount > 0) issues.unshift({ kind: 'quarantined', count: quarantinedCount });
    this.snapshot = { ready: true, reviews, cards: buildCards(reviews), quarantinedCount, issues };
    for (const listener of [...this.listeners]) listener();
  }

  /** Closes the database and the channel (tests, page teardown). */
  close(): void {
    this.channel?.close();
    this.channel = undefined;
    this.database?.close();
    this.database = undefined;
  }

  private async start(options: ReviewStoreOptions): Promise<void> {
    try {
      this.database = await openNotebookDatabase(options.databaseName ?? DATABASE_NAME, () => {
        this.useMemory(undefined);
        this.addIssue({ kind: 'reload-needed' });
        void this.refresh();
      });
    } catch (error) {
      this.useMemory(`the progress database could not be opened (${describe(error)})`);
    }
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(options.channelName ?? BROADCAST_CHANNEL_NAME);
      this.channel.onmessage = () => void this.refresh();
    }
    void (options.requestPersistence ?? requestPersistentStorage)().catch(() => false);
    await this.refresh();
  }

  /** Adds the records whose id is not stored yet, in one transaction (all or nothing). Returns how many were new. */
  private async write(records: readonly ReviewRecord[]): Promise<number> {
    if (!this.database) {
      const fresh = records.filter((record) => !this.memory.has(record.id));
      for (const record of fresh) this.memory.set(record.id, record);
      return fresh.length;
    }
    try {
      const transaction = this.database.transaction(STORE.reviews, 'readwrite');
      const present = new Set(records.length > 1 ? await transaction.store.getAllKeys() : []);
      const fresh = records.filter((record) => !present.has(record.id));
      await Promise.all([...fresh.map((record) => transaction.store.add(record)), transaction.done]);
      return fresh.length;
    } catch (error) {
      const quota = isQuotaError(error);
      this.addIssue(quota ? { kind: 'quota' } : { kind: 'write-failed', message: describe(error) });
      await this.refresh();
      throw new StorageWriteError(quota ? 'quota' : 'failed', describe(error), { cause: error });
    }
  }

  /** After a local change: re-read, and tell the other tabs. */
  private async changed(): Promise<void> {
    await this.refresh();
    this.channel?.postMessage({ type: 'reviews-changed' });
  }

  /** Switches to the in-memory log, starting from what was last read. */
  private useMemory(reason: string | undefined): void {
    for (const review of this.snapshot.reviews) this.memory.set(review.id, review);
    this.database?.close();
    this.database = undefined;
    if (reason !== undefined) this.addIssue({ kind: 'unavailable', message: reason });
  }

  private addIssue(issue: StorageIssue): void {
    if (!this.sessionIssues.some((known) => known.kind === issue.kind)) this.sessionIssues.push(issue);
  }
}

/** Asks the browser to keep the notebook's storage under pressure (it may say no; nothing depends on the answer). */
async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
