import { type ReactNode, useId, useMemo, useRef } from 'react';
import { SURFACES } from '../../math/surfaces/catalog.ts';
import { Tabs } from '../../ui/Tabs.tsx';
import { TypesetMath } from '../../ui/TypesetMath.tsx';
import type { WidgetProps } from '../types.ts';
import { AdamEquations } from './AdamEquations.tsx';
import { BiasNote } from './BiasNote.tsx';
import type { AdamLabProps } from './props.ts';
import { ADAM_LAB_RESERVE } from './props.ts';
import { DivergenceNotice } from './DivergenceNotice.tsx';
import { formatNumber } from '../../ui/formatNumber.ts';
import { figureLayout } from './geometry.ts';
import { LossChart } from './LossChart.tsx';
import { OptimizerToggles } from './OptimizerToggles.tsx';
import { positionAt, computeRuns } from './runs.ts';
import { SettingsPanel } from './SettingsPanel.tsx';
import { pointText } from './StartHandle.tsx';
import { StepControls } from './StepControls.tsx';
import { StepTable } from './StepTable.tsx';
import { STRINGS } from './strings.ts';
import { SurfacePicker } from './SurfacePicker.tsx';
import { SurfacePlot } from './SurfacePlot.tsx';
import { Announcer } from '../../ui/Announcer.tsx';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import { PANEL_IDS, type PanelId } from './labState.ts';
import { useLabState } from './useLabState.ts';
// The widget's own styles travel in its lazily loaded chunk.
// oxlint-disable-next-line import/no-unassigned-import
import './adam-lab.css';

/** Shortest gap between two step announcements: while playing, a screen reader hears about one step a second. */
const ANNOUNCE_INTERVAL_MS = 1000;

/** Plot width before the page is measured (and in jsdom): a typical column. */
const FALLBACK_WIDTH = 640;

/**
 * The Adam lab: SGD, momentum, Adam, Adam without bias correction and AdamW side by side on one surface, step by step.
 * It shows the paths on the surface and the loss per step, every intermediate number of the selected step, Adam's
 * equations with those numbers, and what the bias correction changes. Its state lives in the URL under
 * `context.instanceId`.
 */
export default function AdamLab({ context, ...props }: WidgetProps<AdamLabProps>) {
  const strings = STRINGS[context.locale];
  const [state, actions] = useLabState(props, context.instanceId);
  const { surface: surfaceId, start, lr, beta1, beta2, eps, wd, momentum, steps, optimizers, step } = state;
  const surface = SURFACES[surfaceId];
  const figureRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(figureRef, FALLBACK_WIDTH);
  // One layout object per width, so the plots' memoised scales and paths survive stepping.
  const layout = useMemo(() => figureLayout(width), [width]);
  const descriptionId = useId();

  const runs = useMemo(
    () => computeRuns({ surface: surfaceId, start, lr, beta1, beta2, eps, wd, momentum, steps }),
    [surfaceId, start, lr, beta1, beta2, eps, wd, momentum, steps],
  );
  const equationSettings = useMemo(() => ({ lr, beta1, beta2, eps }), [lr, beta1, beta2, eps]);

  const names = optimizers.map((kind) => strings.optimizerNames[kind]);
  const readouts = optimizers
    .map((kind) => {
      const { record, stopped } = positionAt(runs[kind], step);
      return stopped
        ? strings.readoutStopped(strings.optimizerNames[kind], runs[kind].divergence!.step)
        : strings.readout(strings.optimizerNames[kind], pointText(record.theta), formatNumber(record.loss, 4));
    })
    .join(strings.listSeparator);
  const description = strings.description({
    formula: strings.surfaceNames[surfaceId],
    start: pointText(start),
    optimizers: names.join(strings.listSeparator) || strings.noOptimizers,
    t: step,
  });

  // Every panel stays mounted (hidden when not chosen), so that the settings keep their half-typed values.
  const panels: Record<PanelId, ReactNode> = {
    numbers: (
      <>
        <StepTable runs={runs} optimizers={optimizers} step={step} dimension={surface.dimension} strings={strings} />
        <BiasNote runs={runs} strings={strings} />
      </>
    ),
    equations: (
      <AdamEquations
        runs={runs}
        step={step}
        dimension={surface.dimension}
        settings={equationSettings}
        strings={strings}
        active={state.panel === 'equations'}
      />
    ),
    settings: (
      <SettingsPanel
        state={state}
        strings={strings}
        onSetting={actions.setting}
        onSteps={actions.steps}
      />
    ),
  };
  return (
    <section className="adam-lab" style={{ minHeight: ADAM_LAB_RESERVE }} aria-label={strings.title}>
      <div className="adam-lab__head">
        <h3 className="adam-lab__title">{strings.title}</h3>
        <SurfacePicker surface={surfaceId} strings={strings} onSurface={actions.surface} />
      </div>
      <p className="adam-lab__lesson">
        <TypesetMath className="adam-lab__formula" testId="surface-formula" tex={surface.tex} />{' '}
        {strings.surfaceLessons[surfaceId]}
      </p>
      <OptimizerToggles optimizers={optimizers} strings={strings} onToggle={actions.toggle} />
      <div ref={figureRef} className="adam-lab__figure" data-layout={layout.sideBySide ? 'side' : 'stacked'}>
        <SurfacePlot
          surface={surface}
          runs={runs}
          optimizers={optimizers}
          step={step}
          start={start}
          size={layout.plot}
          strings={strings}
          formulaText={strings.surfaceNames[surfaceId]}
          describedBy={descriptionId}
          onMoveStart={actions.start}
        />
        <LossChart surface={surface} runs={runs} optimizers={optimizers} step={step} steps={steps} size={layout.loss} strings={strings} />
      </div>
      <p id={descriptionId} className="adam-lab__hint">
        <span className="visually-hidden">{description} </span>
        {strings.handleHint}
        <span className="visually-hidden"> {strings.handleKeys}</span>
      </p>
      <DivergenceNotice runs={runs} optimizers={optimizers} unbounded={surface.minimumValue === undefined} strings={strings} />
      <StepControls
        step={step}
        steps={steps}
        playing={state.playing}
        speed={state.speed}
        strings={strings}
        onReset={actions.reset}
        onBack={actions.back}
        onForward={actions.forward}
        onPlayPause={actions.playPause}
        onSpeed={actions.speed}
      />
      <div className="adam-lab__panels">
        <Tabs
          ids={PANEL_IDS}
          active={state.panel}
          onSelect={actions.panel}
          label={strings.panelsLabel}
          names={strings.panelNames}
          keepMounted
          renderPanel={(panel) => panels[panel]}
          panelClassName="adam-lab__panel"
          tabTestId="panel-tab-"
        />
      </div>
      <Announcer text={strings.announce(step, readouts || strings.noOptimizers)} intervalMs={ANNOUNCE_INTERVAL_MS} />
    </section>
  );
}
