/**
 * The lab's training worker: it owns the reader's model, trains it in slices of SLICE_MS so that a pause request is
 * answered at once, and reports the state at most every REPORT_INTERVAL_MS. The page pauses it when the tab is hidden
 * (a dedicated worker keeps running in a hidden tab). Data (the corpus, the dialogues, the checkpoint) are fetched
 * only when needed, as separate files, so the worker's own code stays small; so is the code of the reward model and
 * PPO (rlhfStages.ts), imported the first time a message needs it.
 */
import corpusEn from '../data/corpus-en.txt?url';
import corpusZh from '../data/corpus-zh.txt?url';
import dialoguesEn from '../data/dialogues-en.txt?url&no-inline';
import dialoguesZh from '../data/dialogues-zh.txt?url&no-inline';
import comparisonsEn from '../data/comparisons-en.txt?url&no-inline';
import comparisonsZh from '../data/comparisons-zh.txt?url&no-inline';
import pretrainedEn from '../data/pretrained-en.gptlab?url';
import pretrainedZh from '../data/pretrained-zh.gptlab?url';
import { parseDialogues } from '../../../math/gpt/dialogue.ts';
import { parseComparisons } from '../../../math/gpt/rlhf/comparisons.ts';
import type { Locale } from '../../../content/locale.ts';
import { deriveSeed } from '../../../math/random.ts';
import { LabSession, ModelFileRefused, type SessionData, type SessionSettings, type Stage } from './labSession.ts';
import { MIN_TRAINING_COMPARISONS, PLANTED_MARK } from './canTrainRlhf.ts';
import type { LabProblem, LabReport, LabRequest, LabState, ModelSource } from './protocol.ts';

/** Training time per slice: short enough that a pause or a question waits at most this long (plus one step). */
const SLICE_MS = 40;
/** Shortest gap between two state reports while training. */
const REPORT_INTERVAL_MS = 250;

/** Most draws for a second reply that differs from the first (see 'sample-pair'). */
const PAIR_DRAWS = 8;

const FILES: Record<Locale, { corpus: string; dialogues: string; comparisons: string; checkpoint: string }> = {
  en: { corpus: corpusEn, dialogues: dialoguesEn, comparisons: comparisonsEn, checkpoint: pretrainedEn },
  zh: { corpus: corpusZh, dialogues: dialoguesZh, comparisons: comparisonsZh, checkpoint: pretrainedZh },
};

const scope = self as unknown as { postMessage(message: LabReport, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<LabRequest>) => void) | null };
let session: LabSession | undefined;
let data: SessionData | undefined;
let settings: SessionSettings | undefined;
let source: ModelSource = 'new';
let generation = 0;
let revision = 0;
let running: Stage | null = null;
let lastReport = 0;
// A MessageChannel yields to incoming messages without setTimeout's 4 ms clamp on nested timers.
const tick = new MessageChannel();
tick.port1.onmessage = () => trainSlice();

function post(message: LabReport, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function problem(during: LabProblem['during'], error: unknown): void {
  const code = error instanceof ModelFileRefused ? error.problem.code : 'error';
  post({ type: 'problem', problem: { during, code, detail: error instanceof Error ? error.message : String(error) } });
}

function state(): LabState | undefined {
  if (!session) return undefined;
  const { config } = session;
  return {
    size: {
      layers: config.layers, width: config.width, heads: config.heads, context: config.contextLength,
      vocabulary: config.vocabularySize, parameters: session.parameterCount, batch: session.meta.batch,
    },
    meta: session.meta,
    running,
    canTrain: { pretrain: session.canTrain('pretrain'), sft: session.canTrain('sft'), reward: session.canTrain('reward'), ppo: session.canTrain('ppo') },
    hasPretrained: session.pretrained !== undefined,
    throughput: session.throughput(),
    rlhf: {
      ...session.comparisonCounts(),
      minTraining: MIN_TRAINING_COMPARISONS,
      fixedPrompts: session.fixedPrompts,
      mark: PLANTED_MARK[session.meta.locale],
    },
    source,
    generation,
    revision,
  };
}

function report(): void {
  const current = state();
  lastReport = performance.now();
  if (current) post({ type: 'state', state: current });
}

function trainSlice(): void {
  if (!session || !running) return;
  try {
    if (session.train(running, SLICE_MS) === 0) running = null;
  } catch (error) {
    running = null;
    problem('training', error);
  }
  if (!running || performance.now() - lastReport >= REPORT_INTERVAL_MS) report();
  if (running) tick.port2.postMessage(null);
}

async function loadData(locale: Locale): Promise<SessionData> {
  const fetchText = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.text();
  };
  const files = FILES[locale];
  const [corpus, dialogues, comparisons] = await Promise.all([fetchText(files.corpus), fetchText(files.dialogues), fetchText(files.comparisons)]);
  return { locale, corpus, dialogues: parseDialogues(dialogues), comparisons: parseComparisons(comparisons) };
}

/** A change outside training: counted, so that the page saves it, and reported. */
function changed(): void {
  revision += 1;
  report();
}

function replace(next: LabSession, from: ModelSource): void {
  running = null;
  session = next;
  source = from;
  generation += 1;
  report();
}

/** True when `request` needs the RLHF stages' code: their training, comparisons, scores, knobs and PPO's replies. */
function needsRlhf(request: LabRequest): boolean {
  switch (request.type) {
    case 'train':
      return request.stage === 'reward' || request.stage === 'ppo';
    case 'reply':
      return request.models.includes('ppo');
    case 'add-comparison':
    case 'add-shipped':
    case 'remove-comparison':
    case 'score':
    case 'ppo-knobs':
    case 'reset-stage':
      return true;
    default:
      return false;
  }
}

async function handle(request: LabRequest): Promise<void> {
  if (session && !session.rlhfLoaded && needsRlhf(request)) {
    try {
      await session.ensureRlhf();
    } catch (error) {
      problem('rlhf', error);
      return;
    }
  }
  switch (request.type) {
    case 'start': {
      settings = request.settings;
      try {
        data = await loadData(request.locale);
      } catch (error) {
        problem('data', error);
        return;
      }
      if (request.saved) {
        try {
          replace(await LabSession.fromFile(request.saved, data, settings), 'saved');
          return;
        } catch (error) {
          problem('saved', error);
        }
      }
      replace(new LabSession(data, settings), 'new');
      return;
    }
    case 'train':
      if (session?.canTrain(request.stage) && running !== request.stage) {
        running = request.stage;
        report();
        tick.port2.postMessage(null);
      }
      return;
    case 'pause':
      running = null;
      report();
      return;
    case 'reset':
      if (data && settings) replace(new LabSession(data, settings), 'new');
      return;
    case 'load-checkpoint':
      if (!data || !settings) return;
      try {
        const response = await fetch(FILES[data.locale].checkpoint);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        replace(await LabSession.fromFile(new Uint8Array(await response.arrayBuffer()), data, settings), 'checkpoint');
      } catch (error) {
        problem('checkpoint', error);
      }
      return;
    case 'import':
      if (!data || !settings) return;
      try {
        replace(await LabSession.fromFile(request.bytes, data, settings), 'import');
      } catch (error) {
        problem('import', error);
      }
      return;
    case 'export': {
      if (!session) return;
      const bytes = await session.toFile();
      post({ type: 'file', id: request.id, bytes }, [bytes.buffer]);
      return;
    }
    case 'reply': {
      if (!session) return;
      const current = session;
      const replies = Object.fromEntries(request.models.map((model) => [model, current.reply(request.user, model, request.temperature, request.seed)]));
      post({ type: 'replies', id: request.id, replies });
      return;
    }
    case 'sample-pair': {
      if (!session) return;
      const current = session;
      // The comparisons tab is open and its next steps need the RLHF stages: their code starts loading now, unawaited
      // (the pair needs only the fine-tuned model; a failed load is reported by the next message that needs it).
      current.ensureRlhf().catch(() => undefined);
      // Two replies of the fine-tuned model at temperature 1, from two seeds: what a labeller would be shown. A
      // well-taught question often gets the same reply twice, which is no comparison: the second is drawn again, a
      // few times at most (each draw is a few milliseconds), and a pair that stays equal is shown as it is.
      const first = current.reply(request.user, 'sft', 1, deriveSeed(request.seed, 0));
      let second = current.reply(request.user, 'sft', 1, deriveSeed(request.seed, 1));
      for (let draw = 2; draw < PAIR_DRAWS && second.text === first.text; draw += 1) second = current.reply(request.user, 'sft', 1, deriveSeed(request.seed, draw));
      post({ type: 'pair', id: request.id, replies: [first, second] });
      return;
    }
    case 'add-comparison': {
      const added = session?.rlhf.addComparison(request.comparison) ?? false;
      post({ type: 'added', id: request.id, count: added ? 1 : 0 });
      if (added) changed();
      return;
    }
    case 'add-shipped': {
      const count = session?.rlhf.addShipped() ?? 0;
      post({ type: 'added', id: request.id, count });
      if (count > 0) changed();
      return;
    }
    case 'remove-comparison':
      if (session?.rlhf.removeComparison(request.index)) changed();
      return;
    case 'score': {
      const score = session?.rlhf.score(request.prompt, request.reply);
      post({ type: 'score', id: request.id, score: score ?? null });
      return;
    }
    case 'ppo-knobs':
      if (!session) return;
      session.rlhf.setKnobs(request.knobs);
      changed();
      return;
    case 'reset-stage':
      if (!session) return;
      if (running === 'reward' || running === 'ppo') running = null;
      session.rlhf.reset(request.stage);
      changed();
      return;
    case 'inspect': {
      if (!session) return;
      const view = session.inspect(request.prompt);
      const continuation = session.continueText(request.prompt, request.temperature, request.seed, 60);
      post({ type: 'inspection', id: request.id, inspection: { ...view, continuation } });
      return;
    }
  }
}

// One message at a time, in order: a message that waits (for data, a file or the RLHF code) must not be overtaken by
// the next one (a pause overtaking the train request it follows would be lost).
let queue = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => handle(event.data)).catch((error: unknown) => problem('training', error));
};
