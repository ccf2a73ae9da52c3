import { scaleLinear } from 'd3-scale';
import { memo, useMemo } from 'react';
import { clippedObjective } from '../../math/rlhf/clippedSurrogate.ts';
import type { PpoBatchEntry } from '../../math/rlhf/ppo.ts';
import { formatNumber } from '../../ui/formatNumber.ts';
import type { RlhfLabStrings } from './strings.ts';

/** Props of the clipped-objective plot. */
export interface ClipPlotProps {
  width: number;
  epsilon: number;
  /** The last iteration's batch (none before the first iteration). */
  batch: readonly PpoBatchEntry[];
  ids: readonly string[];
  strings: RlhfLabStrings;
  description: string;
}

/** Height of each panel in CSS px; ratios are drawn on [0, RATIO_MAX] (a dot beyond sits on the edge). */
export const CLIP_HEIGHT = 150;
const RATIO_MAX = 2;
const MARGIN = { top: 18, right: 8, bottom: 28, left: 30 };
const CURVE_SAMPLES = 81;

/**
 * One sample's term per unit of advantage, min(ρA, clip(ρ)A)/|A|, against ρ, once for A > 0 and once for A < 0, with
 * the flat (clipped) part shaded and the last batch's replies as dots where their ratios ended (filled: clipped).
 */
export const ClipPlot = memo(function ClipPlot({ width, epsilon, batch, ids, strings, description }: ClipPlotProps) {
  const panelWidth = Math.floor((width - 8) / 2);
  return (
    <figure className="rlhf-lab__plot" data-testid="clip-plot">
      <figcaption>{strings.clipTitle}</figcaption>
      <div className="rlhf-lab__clip-panels" aria-hidden="true">
        {([1, -1] as const).map((sign) => (
          <ClipPanel key={sign} sign={sign} width={panelWidth} epsilon={epsilon} batch={batch.filter((entry) => Math.sign(entry.advantage) === sign)} ids={ids} strings={strings} />
        ))}
      </div>
      <p className="visually-hidden">{description}</p>
    </figure>
  );
});

/** A dot's radius in px: its area grows with the reply's share of the batch. */
const dotRadius = (weight: number) => 2.5 + 6 * Math.sqrt(weight);
/** Horizontal distance (px) under which two labels would overlap: the later one is lifted a line. */
const LABEL_GAP = 12;
const LINE = 11;

/** The entries in ratio order, each with how far its label is lifted so that labels of nearby dots do not overlap. */
function labelled(batch: readonly PpoBatchEntry[], xOf: (entry: PpoBatchEntry) => number) {
  const sorted = [...batch].sort((a, b) => xOf(a) - xOf(b));
  let lift = 0;
  return sorted.map((entry, index) => {
    const previous = sorted[index - 1];
    lift = previous !== undefined && xOf(entry) - xOf(previous) < LABEL_GAP ? lift + LINE : 0;
    return { entry, lift };
  });
}

/** Props of one panel (A > 0 or A < 0). */
interface ClipPanelProps {
  sign: 1 | -1;
  width: number;
  epsilon: number;
  batch: readonly PpoBatchEntry[];
  ids: readonly string[];
  strings: RlhfLabStrings;
}

/** The panel's scales and the objective's curve: they change with the width and ε, not with each iteration. */
function panelGeometry(sign: 1 | -1, width: number, epsilon: number) {
  // The term per unit of |A|: min(ρ, clip(ρ)) for A > 0, −max(ρ, clip(ρ)) for A < 0.
  const term = (ratio: number) => clippedObjective(ratio, sign, epsilon);
  const x = scaleLinear().domain([0, RATIO_MAX]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain(sign > 0 ? [0, RATIO_MAX] : [-RATIO_MAX, 0]).range([CLIP_HEIGHT - MARGIN.bottom, MARGIN.top]);
  const curve = Array.from({ length: CURVE_SAMPLES }, (_, i) => (i / (CURVE_SAMPLES - 1)) * RATIO_MAX)
    .map((ratio, i) => `${i === 0 ? 'M' : 'L'}${x(ratio).toFixed(1)},${y(term(ratio)).toFixed(1)}`)
    .join('');
  return { term, x, y, curve };
}

function ClipPanel({ sign, width, epsilon, batch, ids, strings }: ClipPanelProps) {
  const { term, x, y, curve } = useMemo(() => panelGeometry(sign, width, epsilon), [sign, width, epsilon]);
  const flatFrom = sign > 0 ? 1 + epsilon : 0;
  const flatTo = sign > 0 ? RATIO_MAX : 1 - epsilon;
  const [left, right] = x.range() as [number, number];
  const [bottom, top] = y.range() as [number, number];
  return (
    <svg width={width} height={CLIP_HEIGHT} viewBox={`0 0 ${width} ${CLIP_HEIGHT}`} data-sign={sign > 0 ? 'positive' : 'negative'}>
      <rect className="rlhf-lab__frame" x={left} y={top} width={right - left} height={bottom - top} />
      <rect className="rlhf-lab__clipped-region" x={x(Math.min(flatFrom, RATIO_MAX))} y={top} width={Math.max(0, x(Math.min(flatTo, RATIO_MAX)) - x(Math.min(flatFrom, RATIO_MAX)))} height={bottom - top} />
      {[1 - epsilon, 1, 1 + epsilon].map((ratio) => (
        <line key={ratio} className="rlhf-lab__tick-line" x1={x(ratio)} x2={x(ratio)} y1={top} y2={bottom} />
      ))}
      {[0, 1, 2].map((tick) => (
        <text key={tick} x={x(tick)} y={bottom + 13} textAnchor="middle">{formatNumber(tick)}</text>
      ))}
      <text className="rlhf-lab__axis-title" x={right} y={bottom + 25} textAnchor="end">{strings.ratioAxis}</text>
      <text className="rlhf-lab__axis-title" x={left + 4} y={top - 5}>{sign > 0 ? strings.clipPanels.positive : strings.clipPanels.negative}</text>
      <path className="rlhf-lab__objective" d={curve} />
      {labelled(batch, (entry) => x(Math.min(entry.ratio, RATIO_MAX))).map(({ entry, lift }) => {
        const ratio = Math.min(entry.ratio, RATIO_MAX);
        const radius = dotRadius(entry.weight);
        return (
          <g key={entry.action} className="rlhf-lab__sample" data-clipped={entry.clipped ? '' : undefined}>
            <circle cx={x(ratio)} cy={y(term(ratio))} r={radius} />
            <text x={x(ratio)} y={y(term(ratio)) - radius - 2 - lift} textAnchor="middle">{ids[entry.action]}</text>
          </g>
        );
      })}
    </svg>
  );
}
