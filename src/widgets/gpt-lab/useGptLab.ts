/**
 * The lab's state in React: the worker's reports, what happened to the saved model, and the actions. It loads the
 * reader's saved model on mount, saves while training (every SAVE_INTERVAL_MS), when training stops and when the tab
 * is hidden, and pauses training while the tab is hidden (resuming when it is shown again).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../content/locale.ts';
import { GptModelStore } from '../../storage/gpt/modelStore.ts';
import { StorageWriteError } from '../../storage/storageErrors.ts';
import { LabClient } from './labClient.ts';
import type { SessionSettings, Stage } from './worker/labSession.ts';
import type { LabProblem, LabState } from './worker/protocol.ts';

/** Longest stretch of training between two saves. */
export const SAVE_INTERVAL_MS = 15_000;

/** What happened to the saved copy. */
export type SaveStatus =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'saved'; at: Date; step: number; stage: Stage }
  | { kind: 'quota' }
  | { kind: 'failed'; detail: string }
  /** IndexedDB cannot be used here: the model lives in this tab only (export it to keep it). */
  | { kind: 'unavailable'; detail: string };

/** The lab's state and actions. */
export interface GptLabController {
  state: LabState | undefined;
  save: SaveStatus;
  /** The last problem to tell the reader about (cleared by the next action). */
  problem: LabProblem | undefined;
  /** A saved model was found but refused (and quarantined): the reason. */
  quarantined: string | undefined;
  client: LabClient | undefined;
  train: (stage: Stage) => void;
  pause: () => void;
  reset: () => void;
  loadCheckpoint: () => void;
  importFile: (file: File) => void;
  exportFile: () => Promise<Uint8Array | undefined>;
}

/** Runs the lab for `id` (unique per page and widget instance). */
export function useGptLab(id: string, locale: Locale, settings: SessionSettings): GptLabController {
  const [state, setState] = useState<LabState>();
  const [save, setSave] = useState<SaveStatus>({ kind: 'loading' });
  const [problem, setProblem] = useState<LabProblem>();
  const [quarantined, setQuarantined] = useState<string>();
  const [client, setClient] = useState<LabClient>();
  const store = useMemo(() => new GptModelStore(), []);
  const latest = useRef<LabState | undefined>(undefined);
  /** `${generation}:${steps}` of the model last saved (or loaded from storage). */
  const savedKey = useRef('');
  const saving = useRef(false);
  const storeUsable = useRef(true);
  /** Settles once a refused saved model is in quarantine: no save may overwrite it before. */
  const quarantining = useRef<Promise<unknown>>(Promise.resolve());
  const settingsKey = JSON.stringify(settings);

  /** Set when a save is asked for while one runs: that one is followed by another, so the last state is saved. */
  const saveAgain = useRef(false);

  const saveNow = useCallback(
    async (lab: LabClient): Promise<void> => {
      if (saving.current) {
        saveAgain.current = true;
        return;
      }
      saving.current = true;
      try {
        do {
          saveAgain.current = false;
          const current = latest.current;
          if (!current || !storeUsable.current) return;
          const key = saveKey(current);
          if (key === savedKey.current) continue;
          try {
            await quarantining.current;
            const bytes = await lab.exportFile();
            const summary = { stage: current.meta.stage, step: current.meta[current.meta.stage].step };
            const record = await store.save(id, bytes, summary);
            savedKey.current = key;
            setSave({ kind: 'saved', at: new Date(record.savedAt), ...summary });
          } catch (error) {
            if (error instanceof StorageWriteError && error.kind === 'quota') setSave({ kind: 'quota' });
            else setSave({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
          }
        } while (saveAgain.current);
      } finally {
        saving.current = false;
      }
    },
    [id, store],
  );

  useEffect(() => {
    const parsed = JSON.parse(settingsKey) as SessionSettings;
    let disposed = false;
    /** True when storage held no model for this lab: the worker's first model is then a new one, not worth a save. */
    let nothingStored = false;
    latest.current = undefined; // a new worker (new settings): its first report hands out the new client
    const lab = new LabClient({
      state: (next) => {
        const first = latest.current === undefined;
        if (first) setClient(lab);
        latest.current = next;
        setState(next);
        // The model just loaded from storage is saved already, and so, in effect, is a first new model when storage
        // held none (a reload makes the same one from the seed; saving it would only fetch the file code early). Any
        // other model is saved whenever training rests.
        if (first && (next.source === 'saved' || (next.source === 'new' && nothingStored))) savedKey.current = saveKey(next);
        else if (!next.running) void saveNow(lab);
      },
      problem: (next) => {
        setProblem(next);
        if (next.during === 'saved') {
          // The worker refused the stored model: keep it aside rather than overwrite it with a fresh one.
          setQuarantined(next.detail);
          quarantining.current = store
            .load(id)
            .then((found) => (found.kind === 'found' ? store.quarantine(id, found.record, next.detail) : undefined))
            .catch(() => undefined);
        }
      },
    });
    void (async () => {
      let saved: Uint8Array | undefined;
      try {
        const found = await store.load(id);
        if (found.kind === 'found') {
          saved = new Uint8Array(found.record.bytes);
          setSave({ kind: 'saved', at: new Date(found.record.savedAt), ...found.record.summary });
        } else {
          if (found.kind === 'quarantined') setQuarantined(found.reason);
          else nothingStored = true;
          setSave({ kind: 'none' });
        }
      } catch (error) {
        storeUsable.current = false;
        setSave({ kind: 'unavailable', detail: error instanceof Error ? error.message : String(error) });
      }
      if (!disposed) lab.start(locale, parsed, saved);
    })();
    const timer = window.setInterval(() => {
      if (latest.current?.running) void saveNow(lab);
    }, SAVE_INTERVAL_MS);
    let resumeStage: Stage | null = null;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        resumeStage = latest.current?.running ?? null;
        if (resumeStage) lab.pause();
        void saveNow(lab);
      } else if (resumeStage) {
        lab.train(resumeStage);
        resumeStage = null;
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      disposed = true;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      lab.terminate();
      void store.close();
    };
  }, [id, locale, settingsKey, saveNow, store]);

  return {
    state,
    save,
    problem,
    quarantined,
    client,
    train: (stage) => {
      setProblem(undefined);
      client?.train(stage);
    },
    pause: () => client?.pause(),
    reset: () => {
      setProblem(undefined);
      client?.reset();
    },
    loadCheckpoint: () => {
      setProblem(undefined);
      client?.loadCheckpoint();
    },
    importFile: (file) => {
      setProblem(undefined);
      void file.arrayBuffer().then(
        (buffer) => client?.importFile(new Uint8Array(buffer)),
        (error: unknown) => setProblem({ during: 'import', code: 'unreadable', detail: String(error) }),
      );
    },
    exportFile: async () => client?.exportFile(),
  };
}

function saveKey(state: LabState): string {
  const { meta } = state;
  return `${state.generation}:${state.revision}:${meta.pretrain.step}:${meta.sft.step}:${meta.reward.step}:${meta.ppo.step}`;
}
