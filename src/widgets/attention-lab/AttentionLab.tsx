import { useId } from 'react';
import { formatNumber } from '../../ui/formatNumber.ts';
import { Tabs } from '../../ui/Tabs.tsx';
import { instanceName } from '../instanceName.ts';
import type { WidgetProps } from '../types.ts';
import { Controls } from './Controls.tsx';
import { FormulaPanel } from './FormulaPanel.tsx';
import { Lessons } from './Lessons.tsx';
import { ATTENTION_LAB_RESERVE, type AttentionLabProps } from './props.ts';
import { StagePanel } from './StagePanel.tsx';
import { STAGE_IDS } from './stages.ts';
import { STRINGS } from './strings.ts';
import { useAttentionLab } from './useAttentionLab.ts';
import { VOCABULARY } from './vocabulary.ts';
import { WeightsPanel } from './WeightsPanel.tsx';
// The widget's own styles travel in its lazily loaded chunk.
// oxlint-disable-next-line import/no-unassigned-import
import './attention-lab.css';

/**
 * The attention lab: a short sequence of tokens goes through one causal self-attention head (or two), and every
 * intermediate is a grid of numbers, stage by stage (X; W_Q, W_K, W_V and Q, K, V; the scores, scaled and masked;
 * the output), with the weights always on screen as a heat map. Pointing at or focusing a cell shows the formula that
 * made it with its numbers. Switches take away the mask, the √d_k scaling or the positions, or add a second head, and
 * the lessons below say in numbers what changed. Its state lives in the URL under `context.instanceId`.
 */
export default function AttentionLab({ context, ...props }: WidgetProps<AttentionLabProps>) {
  const strings = STRINGS[context.locale];
  const lab = useAttentionLab(props, context.instanceId);
  const { state, computation } = lab;
  const summaryId = useId();
  const labels = state.tokens.map((word) => VOCABULARY[word][context.locale]);
  const rows = computation.heads[0]!.weights
    .map((row, i) =>
      strings.summaryRow(
        labels[i]!,
        row
          .map((weight, j) => (weight > 0 ? strings.weightItem(labels[j]!, formatNumber(weight, 3)) : undefined))
          .filter((item) => item !== undefined)
          .join(strings.listSeparator),
      ),
    )
    .join(' ');
  const summary = strings.summary({
    tokens: labels.join(strings.listSeparator),
    modelWidth: state.modelWidth,
    keyWidth: state.keyWidth,
    heads: state.heads,
    mask: state.mask,
    scale: state.scale,
    positions: state.positions,
    rows,
  });

  return (
    <section className="attention-lab" aria-label={instanceName(strings.title, context.instanceId)} aria-describedby={summaryId} style={{ minHeight: ATTENTION_LAB_RESERVE }}>
      <h3 className="attention-lab__title">{strings.title}</h3>
      <Controls
        state={state}
        locale={context.locale}
        strings={strings}
        onToken={lab.setToken}
        onAdd={lab.addToken}
        onRemove={lab.removeToken}
        onSwitch={lab.setSwitch}
        onHeads={lab.setHeads}
        onKeyWidth={lab.setKeyWidth}
      />
      <div className="attention-lab__stages">
        <Tabs
          ids={STAGE_IDS}
          active={lab.stage}
          onSelect={lab.setStage}
          label={strings.stagesLabel}
          names={strings.stageNames}
          renderPanel={() => (
            <StagePanel
              stage={lab.stage}
              state={state}
              computation={computation}
              locale={context.locale}
              strings={strings}
              inspected={lab.inspected}
              selectedWeight={lab.selectedWeight}
              onInspect={lab.inspect}
              onNudge={lab.nudgeWeight}
              onSelectedWeight={lab.setSelectedWeight}
            />
          )}
          panelClassName="attention-lab__panel"
          tabTestId="stage-tab-"
          panelTestId="stage-panel-"
        />
      </div>
      <WeightsPanel state={state} computation={computation} locale={context.locale} strings={strings} inspected={lab.inspected} onInspect={lab.inspect} />
      <FormulaPanel cell={lab.inspected} state={state} computation={computation} locale={context.locale} strings={strings} />
      <Lessons state={state} computation={computation} locale={context.locale} strings={strings} onReverse={lab.reverseEarlier} />
      <p id={summaryId} className="visually-hidden" data-testid="attention-summary">
        {summary}
      </p>
    </section>
  );
}
