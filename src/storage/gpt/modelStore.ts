/**
 * The GPT lab's saved models in IndexedDB: one record per lab (keyed by page and widget instance), holding the model
 * file's bytes and a small summary. Records are validated when read; one that fails is moved to the quarantine store
 * (never deleted) and the reader is told. A write that fails says why: storage full, or another reason.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { QuarantineEntry } from '../schema.ts';
import { describeInvalid } from '../describeInvalid.ts';
import { isQuotaError, StorageWriteError } from '../storageErrors.ts';
import { MODEL_DATABASE_NAME, MODEL_DATABASE_VERSION, MODEL_STORE } from '../storageKeys.ts';

/** The record format written today. */
export const MODEL_RECORD_VERSION = 1;

/** The lab's stages, as a saved record names them. */
export const SAVED_STAGES = ['pretrain', 'sft', 'reward', 'ppo'] as const;
/** One of SAVED_STAGES. */
export type SavedStage = (typeof SAVED_STAGES)[number];

/** A saved model. */
export interface ModelRecord {
  /** The lab's id: `${locale}/${chapter}/${instanceId}`. */
  id: string;
  version: typeof MODEL_RECORD_VERSION;
  /** ISO 8601. */
  savedAt: string;
  /** The model file (see modelFile.ts), validated again when loaded. */
  bytes: ArrayBuffer;
  /** For the "saved" line: the stage and its step (PPO's iteration). */
  summary: { stage: SavedStage; step: number };
}

const recordSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  version: z.literal(MODEL_RECORD_VERSION),
  savedAt: z.iso.datetime({ offset: true }),
  bytes: z.instanceof(ArrayBuffer),
  // The reward-model and PPO stages (issue #24) widened the list: a record of issue #23's lab is still valid.
  summary: z.strictObject({ stage: z.enum(SAVED_STAGES), step: z.int().check(z.minimum(0)) }),
});

interface ModelDatabase extends DBSchema {
  models: { key: string; value: unknown };
  'quarantined-models': { key: string; value: QuarantineEntry };
}

/** What reading a lab's record found. */
export type LoadOutcome =
  | { kind: 'none' }
  | { kind: 'found'; record: ModelRecord }
  /** The record failed validation and was moved to quarantine. */
  | { kind: 'quarantined'; reason: string };

/** The models database, opened on first use. Create one per tab. */
export class GptModelStore {
  private database: Promise<IDBPDatabase<ModelDatabase>> | undefined;

  constructor(private readonly name: string = MODEL_DATABASE_NAME) {}

  private open(): Promise<IDBPDatabase<ModelDatabase>> {
    const stepAside = () => void this.close();
    this.database ??= openDB<ModelDatabase>(this.name, MODEL_DATABASE_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore(MODEL_STORE.models, { keyPath: 'id' });
          database.createObjectStore(MODEL_STORE.quarantine, { keyPath: 'id' });
        }
      },
      // A newer notebook in another tab wants to upgrade: step aside; the next call reopens.
      blocking: stepAside,
    });
    const opening = this.database;
    opening.catch(() => {
      if (this.database === opening) this.database = undefined;
    });
    return opening;
  }

  /** The record of lab `id`, if any. A record that fails validation is quarantined. Throws when IndexedDB is unusable. */
  async load(id: string): Promise<LoadOutcome> {
    const database = await this.open();
    const value = await database.get(MODEL_STORE.models, id);
    if (value === undefined) return { kind: 'none' };
    const parsed = recordSchema.safeParse(value, { reportInput: true });
    if (parsed.success && parsed.data.id === id) return { kind: 'found', record: parsed.data };
    const reason = parsed.success ? `the record's id is ${parsed.data.id}` : describeInvalid(parsed.error);
    await this.quarantine(id, value, reason);
    return { kind: 'quarantined', reason };
  }

  /** Moves lab `id`'s record (or `value`) to the quarantine store, with the reason. */
  async quarantine(id: string, value: unknown, reason: string): Promise<void> {
    const database = await this.open();
    const transaction = database.transaction([MODEL_STORE.models, MODEL_STORE.quarantine], 'readwrite');
    const entry: QuarantineEntry = {
      // One entry per record and time: a second bad save of the same lab does not overwrite the first.
      id: `${MODEL_STORE.models}:${id}:${new Date().toISOString()}`,
      source: `${MODEL_STORE.models} (record version ${MODEL_RECORD_VERSION})`,
      value,
      reason,
      quarantinedAt: new Date().toISOString(),
    };
    await Promise.all([transaction.objectStore(MODEL_STORE.quarantine).put(entry), transaction.objectStore(MODEL_STORE.models).delete(id), transaction.done]);
  }

  /** Saves lab `id`'s model, replacing the previous save. Throws StorageWriteError ('quota' when storage is full). */
  async save(id: string, bytes: Uint8Array, summary: ModelRecord['summary'], now = new Date()): Promise<ModelRecord> {
    const record: ModelRecord = {
      id,
      version: MODEL_RECORD_VERSION,
      savedAt: now.toISOString(),
      bytes: bytes.slice().buffer,
      summary,
    };
    try {
      const database = await this.open();
      await database.put(MODEL_STORE.models, record);
      return record;
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new StorageWriteError(isQuotaError(error) ? 'quota' : 'failed', message, { cause: error });
    }
  }

  /** Forgets lab `id`'s saved model (after a reset the reader asked for). */
  async remove(id: string): Promise<void> {
    const database = await this.open();
    await database.delete(MODEL_STORE.models, id);
  }

  /** The quarantined entries, for the reader's own rescue. */
  async quarantined(): Promise<QuarantineEntry[]> {
    return (await this.open()).getAll(MODEL_STORE.quarantine);
  }

  /** Closes the connection (tests, or when another tab upgrades). */
  async close(): Promise<void> {
    const opening = this.database;
    this.database = undefined;
    (await opening)?.close();
  }
}
