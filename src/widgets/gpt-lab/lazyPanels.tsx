/**
 * The RLHF tabs' panels (comparisons, reward model, PPO), loaded the first time a reader opens one of their tabs: they
 * and what only they use (their strings, the metrics chart, PPO's knobs, the live formulas) are about a third of the
 * lab's code, and most readers stay with pretraining and fine-tuning. GptLab mounts these inside a Suspense.
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

/** What a lazy panel shows while its code loads (a status line; the lab's section keeps its reserved height). */
export function PanelLoading({ strings }: { strings: GptLabStrings }) {
  return <output className="gpt-lab__note gpt-lab__loading" data-testid="panel-loading">{strings.panelLoading}</output>;
}
