import { useCallback, useId } from 'react';
import { formatCount, formatFixed, formatNumber } from '../../ui/formatNumber.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import { Announcer } from '../../ui/Announcer.tsx';
import { instanceName } from '../instanceName.ts';
import type { WidgetProps } from '../types.ts';
import { CANDIDATES } from './candidates.ts';
import { CandidateRow } from './CandidateRow.tsx';
import { LIMITS, SAMPLING_LAB_RESERVE, type SamplingLabProps } from './props.ts';
import { StageTable } from './StageTable.tsx';
import { STRINGS } from './strings.ts';
import { useSamplingState } from './useSamplingState.ts';
// oxlint-disable-next-line import/no-unassigned-import
import './sampling-lab.css';

/** The draw buttons: one token, a handful, enough for the histogram to settle. */
const DRAW_SIZES = [1, 10, 1000] as const;
/** Shortest gap between two announcements of the state while a logit is dragged. */
const ANNOUNCE_INTERVAL_MS = 700;
/** The temperature slider covers [0, 3]; typing reaches LIMITS.temperature.max. */
const SLIDER_TEMPERATURE = 3;

/**
 * The next-token lab: candidates' logits (dragged or typed), softmax at a temperature (0 = greedy), top-k and top-p
 * with the renormalised probabilities, and seeded draws whose histogram sits beside the probabilities. The state lives
 * in the URL under `context.instanceId`.
 */
export default function SamplingLab({ context, ...props }: WidgetProps<SamplingLabProps>) {
  const strings = STRINGS[context.locale];
  const lab = useSamplingState(props, context.instanceId);
  const { state, stages, counts, lastDraw } = lab;
  const summaryId = useId();
  const labels = props.tokens.map((id) => CANDIDATES[id][context.locale]);
  const count = labels.length;
  const greedy = state.temperature === 0;
  const refuseWhole = useCallback(
    (text: string, low: number, high: number) => strings.refuseWhole(text, low, high),
    [strings],
  );
  const formatWhole = useCallback((value: number) => String(Math.round(value)), []);

  const kept = labels
    .map((label, index) => (stages.kept[index] ? strings.keptItem(label, formatFixed(stages.final[index]!, 3)) : undefined))
    .filter((item) => item !== undefined)
    .join(strings.listSeparator);
  const drawsText =
    state.draws === 0
      ? strings.noDraws
      : strings.drawsText(state.draws, labels.map((label, index) => strings.countItem(label, formatCount(counts[index]!))).join(strings.listSeparator));
  const summary = strings.summary({
    settings: strings.settingsText(formatNumber(state.temperature, 4), String(state.topK), formatNumber(state.topP, 4)),
    kept,
    draws: drawsText,
  });

  return (
    <section className="sampling-lab" aria-label={instanceName(strings.title, context.instanceId)} aria-describedby={summaryId} style={{ minHeight: SAMPLING_LAB_RESERVE }}>
      <h3 className="sampling-lab__title">{strings.title}</h3>
      <p className="sampling-lab__prompt">{strings.prompt}</p>
      <div className="sampling-lab__settings">
        <NumberField
          label={strings.temperature}
          value={state.temperature}
          min={0}
          max={SLIDER_TEMPERATURE}
          step={0.05}
          hardMin={LIMITS.temperature.min}
          hardMax={LIMITS.temperature.max}
          refuse={strings.refuse}
          onChange={lab.setTemperature}
          hint={strings.temperatureHint(greedy)}
          testId="temperature"
        />
        <NumberField
          label={strings.topK}
          value={state.topK}
          min={1}
          max={count}
          step={1}
          hardMin={LIMITS.topK.min}
          hardMax={LIMITS.topK.max}
          refuse={refuseWhole}
          format={formatWhole}
          onChange={lab.setTopK}
          hint={strings.topKHint(state.topK, count)}
          testId="topk"
        />
        <NumberField
          label={strings.topP}
          value={state.topP}
          min={LIMITS.topP.min}
          max={LIMITS.topP.max}
          step={0.01}
          refuse={strings.refuse}
          onChange={lab.setTopP}
          hint={strings.topPHint(formatNumber(state.topP, 4), state.topP >= 1)}
          testId="topp"
        />
      </div>
      {greedy ? <p className="sampling-lab__note" data-testid="greedy-note">{strings.greedyNote}</p> : null}
      <fieldset className="sampling-lab__candidates">
        <legend>{strings.candidatesLegend}</legend>
        {labels.map((label, index) => (
          <CandidateRow
            key={index}
            index={index}
            label={label}
            logit={state.logits[index]!}
            probability={stages.final[index]!}
            kept={stages.kept[index]!}
            isLast={index === lastDraw}
            count={counts[index]!}
            draws={state.draws}
            strings={strings}
            onLogit={lab.setLogit}
          />
        ))}
      </fieldset>
      <fieldset className="sampling-lab__draws">
        <legend>{strings.drawLegend}</legend>
        <div className="sampling-lab__buttons">
          {DRAW_SIZES.map((size) => (
            <button
              key={size}
              type="button"
              onClick={() => lab.draw(size)}
              disabled={state.draws + size > LIMITS.draws.max}
              data-testid={`draw-${size}`}
            >
              {strings.draw(size)}
            </button>
          ))}
          <button type="button" onClick={lab.clearDraws} disabled={state.draws === 0} data-testid="draw-clear">
            {strings.reset}
          </button>
          <button type="button" onClick={lab.reseed} data-testid="reseed">
            {strings.reseed}
          </button>
        </div>
        <p className="sampling-lab__status">
          <span data-testid="draws-total">{strings.drawCount(state.draws)}</span>
          {' · '}
          <span data-testid="seed">{strings.seedLabel(state.seed)}</span>
          {' · '}
          <span data-testid="last-draw">
            {lastDraw === undefined ? strings.noDraws : strings.lastDraw(labels[lastDraw]!, state.draws)}
          </span>
          {state.draws + 1 > LIMITS.draws.max ? ` ${strings.limitReached(String(LIMITS.draws.max))}` : null}
        </p>
      </fieldset>
      <StageTable labels={labels} stages={stages} strings={strings} />
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      <Announcer text={summary} intervalMs={ANNOUNCE_INTERVAL_MS} />
    </section>
  );
}
