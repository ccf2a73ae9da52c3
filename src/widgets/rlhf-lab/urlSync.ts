/**
 * The lab's state in the page URL, so that a link reproduces the view: the tab, the ranking (reply ids, best first),
 * every setting and both steps, under the widget instance's prefix (`rlhf-lab.beta=0.05`). URL values are untrusted:
 * each is parsed by the directive's own attribute parser, and what does not parse is ignored.
 */
import { settingParsers, type RlhfLabProps } from './props.ts';
import { type LabState, LAST_STEP, MAX_SHIFT, TABS } from './labState.ts';

/** The state as it goes into a link (playback is not shared: a link opens paused). */
export function serialiseState(state: LabState, props: Pick<RlhfLabProps, 'replies'>): Record<string, string> {
  return {
    tab: state.tab,
    rank: state.ranking.map((index) => props.replies[index]!.id).join(','),
    l2: String(state.l2),
    rmlr: String(state.rewardLearningRate),
    rmt: String(state.rewardStep),
    shift: String(state.shift),
    beta: String(state.beta),
    eps: String(state.epsilon),
    lr: String(state.learningRate),
    batch: String(state.batchSize),
    epochs: String(state.epochs),
    seed: String(state.seed),
    mode: state.mode,
    reward: state.reward,
    t: String(state.ppoStep),
  };
}

const SETTING_KEYS = {
  l2: 'l2',
  rmlr: 'rewardLearningRate',
  beta: 'beta',
  eps: 'epsilon',
  lr: 'learningRate',
  batch: 'batchSize',
  epochs: 'epochs',
  seed: 'seed',
} as const;

/** A whole number from 0 to `max`, or undefined. */
function stepValue(text: string | undefined, max: number): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value <= max ? value : undefined;
}

/** Applies the URL's values to `base` (the state from the directive's props); what does not parse is ignored. */
export function applyUrlState(base: LabState, raw: Record<string, string>, props: Pick<RlhfLabProps, 'replies'>): LabState {
  const next: LabState = { ...base, ranking: [...base.ranking] };
  const tab = TABS.find((id) => id === raw.tab);
  if (tab) next.tab = tab;
  if (raw.rank !== undefined) {
    const ids = props.replies.map((reply) => reply.id);
    const ranking = raw.rank.split(',').map((id) => ids.indexOf(id.trim()));
    if (ranking.length === ids.length && ranking.every((index, i) => index >= 0 && ranking.indexOf(index) === i)) next.ranking = ranking;
  }
  for (const [attribute, key] of Object.entries(SETTING_KEYS)) {
    const text = raw[attribute];
    const parsed = text === undefined ? undefined : settingParsers[key].safeParse(text);
    if (parsed?.success) next[key] = parsed.data;
  }
  const mode = raw.mode === undefined ? undefined : settingParsers.mode.safeParse(raw.mode);
  if (mode?.success) next.mode = mode.data;
  const reward = raw.reward === undefined ? undefined : settingParsers.reward.safeParse(raw.reward);
  if (reward?.success) next.reward = reward.data;
  const shift = raw.shift === undefined || raw.shift.trim() === '' ? Number.NaN : Number(raw.shift);
  if (Number.isFinite(shift) && Math.abs(shift) <= MAX_SHIFT) next.shift = shift;
  next.rewardStep = stepValue(raw.rmt, LAST_STEP.reward) ?? next.rewardStep;
  next.ppoStep = stepValue(raw.t, LAST_STEP.ppo) ?? next.ppoStep;
  return next;
}
