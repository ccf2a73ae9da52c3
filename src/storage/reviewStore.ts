/**
 * The reader's progress: an append-only review log in IndexedDB, from which the FSRS cards are rebuilt. Every write is
 * one record keyed by its review id (never a read-modify-write of a whole blob), so two tabs cannot overwrite each
 * other; each change is announced on a BroadcastChannel so the other tabs re-read. When IndexedDB cannot be opened,
 * progress is kept in memory for the visit and the reader is told. A database saved by a newer version of the
 * notebook is read and shown, but never written: answers are refused with that explanation, and so are imports.
 */
import { buildCards, reviewRecordSchema, type CardState, type RetiredTable, type ReviewRecord } from '../quiz/engine/index.ts';
import { newReviewId } from './newReviewId.ts';
import { openNotebookDatabase, type NotebookDatabaseConnection } from './openDatabase.ts';
import { buildProgressFile, readProgressFile, type ProgressFile, type ProgressFileProblem } from './progressFile.ts';
import { readReviews } from './readReviews.ts';
import type { QuarantineEntry } from './schema.ts';
import { isQuotaError, StorageWriteError, type StorageIssue } from './storageErrors.ts';
import { BROADCAST_CHANNEL_NAME, DATABASE_NAME, DATABASE_VERSION, STORE } from './storageKeys.ts';

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

/** Why an import wrote nothing: a problem with the file, or with the storage it was to be saved in. */
export type ImportProblem =
  | ProgressFileProblem
  /** The progress here was saved by a newer notebook, which this page must not change. */
  | { code: 'newer-database'; detail: string }
  | { code: 'quota' | 'write-failed'; detail: string };

/**
 * The outcome of an import: how many reviews were new, already here, or left out as damaged (only when the reader
 * asked for the usable entries of a damaged file), or why nothing was written.
 */
export type ImportOutcome = { ok: true; added: number; alreadyPresent: number; skipped: number } | { ok: false; problem: ImportProblem };

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
  /** Retired question ids (default the notebook's RETIRED_QUESTIONS): their history moves to their replacements. */
  retiredQuestions?: RetiredTable;
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
  private readonly retiredQuestions: RetiredTable | undefined;
  /** The schema version of a database saved by a newer notebook: then nothing is written. */
  private newerVersion: number | undefined;
  /** Records of such a database that this version cannot read: left in place, but exported. */
  private unreadable: QuarantineEntry[] = [];

  constructor(options: ReviewStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.retiredQuestions = options.retiredQuestions;
    this.ready = this.start(options);
  }

  /** The current snapshot (for useSyncExternalStore). */
  getSnapshot = (): ReviewSnapshot => this.snapshot;

  /** Calls `listener` after every change, local or from another tab. Returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Appends one review. Throws StorageWriteError when it could not be saved (the issue is also reported), and with
   * kind 'newer-version' when the progress belongs to a newer notebook (reported from the start).
   */
  async append(draft: ReviewDraft): Promise<ReviewRecord> {
    await this.ready;
    const record = reviewRecordSchema.parse({ ...draft, id: newReviewId(), answeredAt: draft.answeredAt.toISOString() });
    try {
      await this.write([record]);
    } catch (error) {
      if (error instanceof StorageWriteError && error.kind !== 'newer-version') {
        this.addIssue(error.kind === 'quota' ? { kind: 'quota' } : { kind: 'write-failed', message: error.message });
        await this.refresh();
      }
      throw error;
    }
    await this.changed();
    return record;
  }

  /**
   * Imports a progress file's text, merging by review id (reviews already here are kept as they are). A file with
   * damaged entries is refused, saying how many are usable; with `usableOnly` those are imported and the rest left
   * out. Nothing is written when the outcome is not ok.
   */
  async importText(text: string, { usableOnly = false }: { usableOnly?: boolean } = {}): Promise<ImportOutcome> {
    await this.ready;
    if (this.newerVersion !== undefined) return { ok: false, problem: this.newerVersionProblem() };
    const file = readProgressFile(text);
    const reviews = file.ok ? file.reviews : usableOnly && file.usable.length > 0 ? file.usable : undefined;
    if (!file.ok && reviews === undefined) return { ok: false, problem: file.problem };
    const skipped = file.ok ? 0 : (file.problem.entries?.total ?? 0) - file.usable.length;
    let added: number;
    try {
      added = await this.write(reviews ?? []);
    } catch (error) {
      if (!(error instanceof StorageWriteError)) throw error;
      await this.refresh();
      if (error.kind === 'newer-version') return { ok: false, problem: this.newerVersionProblem() };
      return { ok: false, problem: { code: error.kind === 'quota' ? 'quota' : 'write-failed', detail: error.message } };
    }
    await this.changed();
    return { ok: true, added, alreadyPresent: (reviews ?? []).length - added, skipped };
  }

  /** The progress file of everything readable, plus the quarantined (or unreadable) entries for the reader's rescue. */
  async exportFile(): Promise<ProgressFile> {
    await this.ready;
    await this.refresh();
    const kept = [...(await this.quarantinedEntries()), ...this.unreadable];
    return buildProgressFile(this.snapshot.reviews, kept, this.now());
  }

  /** Everything kept aside, oldest first. */
  async quarantinedEntries(): Promise<QuarantineEntry[]> {
    await this.ready;
    return this.database?.objectStoreNames.contains(STORE.quarantine) ? this.database.getAll(STORE.quarantine) : [];
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
        const readOnly = this.newerVersion !== undefined;
        ({ reviews, quarantinedCount, unreadable: this.unreadable } = await readReviews(this.database, this.now, { readOnly }));
      } catch (error) {
        this.useMemory(`the saved progress could not be read (${describe(error)})`);
        reviews = [...this.memory.values()];
      }
    }
    const issues: StorageIssue[] = [...this.sessionIssues];
    if (quarantinedCount > 0) issues.unshift({ kind: 'quarantined', count: quarantinedCount });
    if (this.newerVersion !== undefined) {
      issues.unshift({ kind: 'newer-version', version: this.newerVersion, unreadable: this.unreadable.length });
    }
    this.snapshot = { ready: true, reviews, cards: buildCards(reviews, this.retiredQuestions), quarantinedCount, issues };
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
      const opened = await openNotebookDatabase(options.databaseName ?? DATABASE_NAME, () => {
        this.useMemory(undefined);
        this.addIssue({ kind: 'reload-needed' });
        void this.refresh();
      });
      this.database = opened.connection;
      this.newerVersion = opened.newerVersion;
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

  /**
   * Adds the records whose id is not stored yet, in one transaction (all or nothing). Returns how many were new.
   * Throws StorageWriteError when nothing was written; the callers decide how to tell the reader.
   */
  private async write(records: readonly ReviewRecord[]): Promise<number> {
    if (this.newerVersion !== undefined) throw new StorageWriteError('newer-version', this.newerVersionProblem().detail);
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
      throw new StorageWriteError(isQuotaError(error) ? 'quota' : 'failed', describe(error), { cause: error });
    }
  }

  private newerVersionProblem() {
    const detail = `the progress database has schema version ${this.newerVersion}; this page writes version ${DATABASE_VERSION}`;
    return { code: 'newer-database' as const, detail };
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
