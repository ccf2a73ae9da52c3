import { type ReactNode, Suspense, useCallback, useMemo, useState } from 'react';
import { formatFixed, formatNumber, formatPercent } from '../../ui/formatNumber.ts';
import { useAnnouncement } from '../../ui/useAnnouncement.ts';
import { readUrlState } from '../../ui/urlState.ts';
import { Tabs } from '../../ui/Tabs.tsx';
import { useUrlStateWriter } from '../../ui/useUrlStateWriter.ts';
import type { WidgetProps } from '../types.ts';
import { GPT_LAB_RESERVE, type GptLabProps } from './props.ts';
import { LazyComparisonsPanel, LazyInspectPanel, LazyKeepPanel, LazyPpoPanel, LazyRewardPanel, PanelLoading } from './lazyPanels.tsx';
import { ReplyComparison } from './ReplyComparison.tsx';
import { SamplesList } from './SamplesList.tsx';
import { SftFormula } from './SftFormula.tsx';
import { StagePanel } from './StagePanel.tsx';
import { type GptLabStrings, STRINGS, TAB_IDS, type TabId } from './strings.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';
import { useGptLab } from './useGptLab.ts';
import type { LabState } from './worker/protocol.ts';
import { SAMPLE_PROMPT } from './worker/labSession.ts';
// The widget's own styles travel in its lazily loaded chunk.
// oxlint-disable-next-line import/no-unassigned-import
import './gpt-lab.css';

/** Shortest gap between two progress announcements for screen readers. */
const ANNOUNCE_INTERVAL_MS = 10_000;

/**
 * The GPT lab: a tiny character-level GPT trained in a worker, first on the notebook's own prose, then on short
 * dialogues, with its loss curves, samples, the SFT loss with live numbers, a before/after comparison, the next-token
 * probabilities and attention maps for a prompt, and the model saved in the browser, exported and imported.
 */
export default function GptLab({ context, ...props }: WidgetProps<GptLabProps>) {
  const strings = STRINGS[context.locale];
  const [view, setView] = useState(() => applyUrlState(props, readUrlState(context.instanceId)));
  // The tabs opened so far: a later tab's panel loads when the tab is first opened, and it then stays mounted.
  const [opened, setOpened] = useState<readonly TabId[]>([view.tab]);
  if (!opened.includes(view.tab)) setOpened([...opened, view.tab]);
  const whenOpened = (tab: TabId, panel: ReactNode) => (opened.includes(tab) ? <Suspense fallback={<PanelLoading strings={strings} />}>{panel}</Suspense> : null);
  useUrlStateWriter(context.instanceId, serialiseState(view));
  const settings = useMemo(
    () => ({
      seed: view.seed, layers: props.layers, width: props.width, heads: props.heads, context: props.contextLength, batch: props.batch,
      steps: props.steps, sftSteps: props.sftSteps, rewardSteps: props.rewardSteps, ppoIterations: props.ppoIterations,
    }),
    [view.seed, props.layers, props.width, props.heads, props.contextLength, props.batch, props.steps, props.sftSteps, props.rewardSteps, props.ppoIterations],
  );
  const lab = useGptLab(`${context.locale}/${context.chapter}/${context.instanceId}`, context.locale, settings);
  const { state } = lab;
  const setTab = useCallback((tab: TabId) => setView((current) => ({ ...current, tab })), []);
  const setTemperature = useCallback((temperature: number) => setView((current) => ({ ...current, temperature })), []);

  const announcement = useAnnouncement(state ? announce(state, strings) : '', ANNOUNCE_INTERVAL_MS);

  const problem = lab.problem;
  return (
    <section className="gpt-lab" style={{ minHeight: GPT_LAB_RESERVE }} aria-label={strings.title} data-ready={state ? 'true' : 'false'}>
      <h3 className="gpt-lab__title">{strings.title}</h3>
      <p className="gpt-lab__size" data-testid="model-size">
        {state
          ? strings.size({
              layers: state.size.layers, width: state.size.width, heads: state.size.heads,
              context: state.size.context, vocabulary: state.size.vocabulary,
              parameters: formatNumber(state.size.parameters),
            })
          : strings.loading}
        {state ? <span className="gpt-lab__source" data-testid="model-source" data-source={state.source}>{' · '}{strings.source[state.source]}</span> : null}
      </p>
      {problem ? (
        <p className="gpt-lab__problem" role="alert" data-testid="problem" data-during={problem.during} data-code={problem.code}>
          {strings.problems[problem.during]} {strings.problemCodes[problem.code] ?? ''} <small>({problem.detail})</small>
        </p>
      ) : null}
      {lab.quarantined && !problem ? <p className="gpt-lab__problem" data-testid="quarantined">{strings.quarantined(lab.quarantined)}</p> : null}
      {state ? (
        <Tabs
          ids={TAB_IDS}
          active={view.tab}
          onSelect={setTab}
          label={strings.tabsLabel}
          names={strings.tabs}
          // Hidden panels stay mounted, so a typed prompt or a comparison survives a visit to another tab.
          keepMounted
          panelClassName="gpt-lab__panel"
          renderPanel={(tab) => ({
            pretrain: (
              <StagePanel stage="pretrain" state={state} strings={strings} onTrain={() => lab.train('pretrain')} onPause={lab.pause} onReset={lab.reset} onLoadCheckpoint={lab.loadCheckpoint}>
                <SamplesList samples={state.meta.samples} strings={strings} />
              </StagePanel>
            ),
            sft: (
              <StagePanel stage="sft" state={state} strings={strings} onTrain={() => lab.train('sft')} onPause={lab.pause} onReset={lab.reset}>
                <p className="gpt-lab__note">{strings.sftIntro}</p>
                {state.meta.pretrain.step < 500 && state.meta.stage === 'pretrain' ? <p className="gpt-lab__note">{strings.sftBeforePretrain}</p> : null}
                <SftFormula loss={state.meta.sftLoss} active={view.tab === 'sft'} strings={strings} />
                <ReplyComparison
                  client={lab.client}
                  models={['pretrained', 'sft']}
                  labels={{ pretrained: strings.before, sft: strings.after, ppo: '' }}
                  title={strings.compareTitle}
                  note={strings.compareGreedy}
                  missing={state.hasPretrained ? undefined : strings.beforeMissing}
                  seed={view.seed}
                  strings={strings}
                  askLabel={strings.ask}
                  testId="compare"
                />
              </StagePanel>
            ),
            comparisons: whenOpened('comparisons', <LazyComparisonsPanel state={state} client={lab.client} seed={view.seed} strings={strings} locale={context.locale} />),
            reward: whenOpened(
              'reward',
              <LazyRewardPanel state={state} client={lab.client} active={view.tab === 'reward'} strings={strings} locale={context.locale} onTrain={() => lab.train('reward')} onPause={lab.pause} />,
            ),
            ppo: whenOpened(
              'ppo',
              <LazyPpoPanel state={state} client={lab.client} active={view.tab === 'ppo'} seed={view.seed} strings={strings} locale={context.locale} onTrain={() => lab.train('ppo')} onPause={lab.pause} />,
            ),
            inspect: whenOpened(
              'inspect',
              <LazyInspectPanel client={lab.client} temperature={view.temperature} seed={view.seed} strings={strings} onTemperature={setTemperature} initialPrompt={SAMPLE_PROMPT[context.locale]} />,
            ),
            keep: whenOpened('keep', <LazyKeepPanel state={state} save={lab.save} strings={strings} locale={context.locale} onExport={lab.exportFile} onImport={lab.importFile} />),
          })[tab]}
        />
      ) : null}
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </section>
  );
}

/** What the live region says about training: progress while a stage runs, and when it has finished. */
function announce(state: LabState, strings: GptLabStrings): string {
  const stage = state.running ?? state.meta.stage;
  if (stage === 'reward') {
    const { reward } = state.meta;
    const accuracy = reward.heldOut.at(-1)?.[2];
    if (state.running) return strings.announceReward(formatNumber(reward.step), accuracy === undefined ? '—' : formatPercent(accuracy, 0));
    return reward.step >= reward.total ? strings.announceDone(strings.stageNames.reward) : '';
  }
  if (stage === 'ppo') {
    const { ppo } = state.meta;
    const last = ppo.points.at(-1);
    if (state.running && last) return strings.announcePpo(formatNumber(ppo.step), formatFixed(last[1], 2), formatNumber(last[2], 3));
    return !state.running && ppo.step >= ppo.total ? strings.announceDone(strings.stageNames.ppo) : '';
  }
  const progress = state.meta[stage];
  if (state.running) return strings.announceProgress(strings.stageNames[stage], formatNumber(progress.step), formatFixed(progress.train.at(-1)?.[1] ?? Number.NaN, 2));
  return progress.step >= progress.total ? strings.announceDone(strings.stageNames[stage]) : '';
}
