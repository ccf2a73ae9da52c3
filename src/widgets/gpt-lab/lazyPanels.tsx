/**
 * The panels of the lab's later tabs, loaded the first time a reader opens their tab: the RLHF tabs (comparisons,
 * reward model, PPO) with what only they use (their strings, the metrics chart, PPO's knobs, the live formulas), about
 * a third of the lab's code, and the inspect and save tabs. Most readers start with pretraining, and the lab's first
 * load must stay within issue #23's 40 KB. GptLab mounts these inside a Suspense.
 */
import { lazy } from 'react';
import type { Locale } from '../../content/locale.ts';
import type { ComparisonsPanelProps } from './ComparisonsPanel.tsx';
import type { PpoPanelProps } from './PpoPanel.tsx';
import type { RewardPanelProps } from './RewardPanel.tsx';
import type { GptLabStrings } from './strings.ts';

/** A lazy panel's props: the panel's own, with the page's locale in place of the RLHF strings it loads itself. */
type Lazy<P> = Omit<P, 'rlhf'> & { locale: Locale };

const rlhfStrings = () => import('./rlhfStrings.ts').then((module) => module.RLHF_STRINGS);

/** The comparisons tab. */
export const LazyComparisonsPanel = lazy(async () => {
  const [{ ComparisonsPanel }, strings] = await Promise.all([import('./ComparisonsPanel.tsx'), rlhfStrings()]);
  return { default: ({ locale, ...props }: Lazy<ComparisonsPanelProps>) => <ComparisonsPanel {...props} rlhf={strings[locale]} /> };
});

/** The reward model's tab. */
export const LazyRewardPanel = lazy(async () => {
  const [{ RewardPanel }, strings] = await Promise.all([import('./RewardPanel.tsx'), rlhfStrings()]);
  return { default: ({ locale, ...props }: Lazy<RewardPanelProps>) => <RewardPanel {...props} rlhf={strings[locale]} /> };
});

/** PPO's tab. */
export const LazyPpoPanel = lazy(async () => {
  const [{ PpoPanel }, strings] = await Promise.all([import('./PpoPanel.tsx'), rlhfStrings()]);
  return { default: ({ locale, ...props }: Lazy<PpoPanelProps>) => <PpoPanel {...props} rlhf={strings[locale]} /> };
});

/** The inspect tab: next-token probabilities and attention maps. */
export const LazyInspectPanel = lazy(() => import('./InspectPanel.tsx').then((module) => ({ default: module.InspectPanel })));

/** The save-and-share tab. */
export const LazyKeepPanel = lazy(() => import('./KeepPanel.tsx').then((module) => ({ default: module.KeepPanel })));

/** What a lazy panel shows while its code loads (a status line; the lab's section keeps its reserved height). */
export function PanelLoading({ strings }: { strings: GptLabStrings }) {
  return <output className="gpt-lab__note gpt-lab__loading" data-testid="panel-loading">{strings.panelLoading}</output>;
}
