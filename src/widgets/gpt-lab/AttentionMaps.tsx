import { memo } from 'react';
import { formatFixed } from '../../ui/formatNumber.ts';
import type { GptLabStrings } from './strings.ts';

/** Props of the attention maps. */
export interface AttentionMapsProps {
  /** The prompt's symbols, shown as read. */
  symbols: readonly string[];
  /** [layer][head] row-major symbols.length² weights. */
  attention: readonly (readonly Float32Array[])[];
  strings: GptLabStrings;
  /** Shows a symbol readably (a space as ␣). */
  display: (symbol: string) => string;
}

/** Side of the whole grid of cells, in CSS pixels, before clamping each cell to MIN_CELL … MAX_CELL. */
const GRID = 168;
const MIN_CELL = 7;
const MAX_CELL = 24;
const LABEL = 12;

/**
 * One heat map per layer and head: row t, column s is how much position t reads position s; the upper triangle is
 * empty because the model cannot look ahead. Each map has a one-sentence text equivalent: where the last position
 * looks most.
 */
export const AttentionMaps = memo(function AttentionMaps({ symbols, attention, strings, display }: AttentionMapsProps) {
  const size = symbols.length;
  // Short prompts get big cells, long ones small: a map is about GRID pixels across either way.
  const CELL = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(GRID / Math.max(1, size))));
  const side = LABEL + size * CELL;
  return (
    <div className="gpt-lab__maps">
      {attention.map((heads, layer) =>
        heads.map((weights, head) => {
          const lastRow = weights.subarray((size - 1) * size, size * size);
          let strongest = 0;
          for (let s = 1; s < size; s += 1) if (lastRow[s]! > lastRow[strongest]!) strongest = s;
          const label = strings.headLabel(String(layer + 1), String(head + 1));
          const summary = strings.headSummary(
            String(layer + 1),
            String(head + 1),
            display(symbols[size - 1] ?? ''),
            display(symbols[strongest] ?? ''),
            formatFixed(lastRow[strongest] ?? 0, 2),
          );
          return (
            <figure key={`${layer}-${head}`} className="gpt-lab__map" data-testid="attention-map">
              <svg width={side} height={side} viewBox={`0 0 ${side} ${side}`} role="img" aria-label={summary}>
                {symbols.map((symbol, index) => (
                  <g key={index}>
                    <text x={LABEL + index * CELL + CELL / 2} y={LABEL - 3} textAnchor="middle">{display(symbol)}</text>
                    <text x={LABEL - 2} y={LABEL + index * CELL + CELL - 1} textAnchor="end">{display(symbol)}</text>
                  </g>
                ))}
                {Array.from({ length: size }, (_row, row) =>
                  Array.from({ length: row + 1 }, (_cell, column) => (
                    <rect
                      key={`${row}-${column}`}
                      className="gpt-lab__cell"
                      x={LABEL + column * CELL}
                      y={LABEL + row * CELL}
                      width={CELL - 1}
                      height={CELL - 1}
                      style={{ fillOpacity: Math.max(0.04, weights[row * size + column]!) }}
                    />
                  )),
                )}
              </svg>
              <figcaption>{label}</figcaption>
            </figure>
          );
        }),
      )}
    </div>
  );
});
