import { memo } from 'react';
import type { Preference } from '../../math/rlhf/bradleyTerry.ts';
import { formatNumber } from '../../ui/formatNumber.ts';
import type { RewardModelState } from './model.ts';
import type { RlhfLabText } from './props.ts';
import type { RlhfLabStrings } from './strings.ts';

/** Significant digits of the tables' numbers. */
const DIGITS = 4;
const format = (value: number) => formatNumber(value, DIGITS);

/**
 * A table that may be wider than a phone: it scrolls sideways inside a region that the keyboard can reach and that
 * is named after the table (axe: scrollable-region-focusable).
 */
function Scroller({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="rlhf-lab__scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

/** Props of the pairs table. */
export interface PairsTableProps {
  pairs: readonly Preference[];
  model: RewardModelState;
  ids: readonly string[];
  strings: RlhfLabStrings;
}

/** Every pair as in the chapter's worked example: winner, loser, both rewards, the margin, σ and the pair's loss. */
export const PairsTable = memo(function PairsTable({ pairs, model, ids, strings }: PairsTableProps) {
  const { evaluation, rewards } = model;
  const columns = strings.pairColumns;
  const caption = strings.pairsCaption(pairs.length, model.step);
  return (
    <Scroller label={caption}>
      <table className="rlhf-lab__table" data-testid="pairs-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.number}</th>
            <th scope="col">{columns.better}</th>
            <th scope="col">{columns.worse}</th>
            <th scope="col">r_w</th>
            <th scope="col">r_l</th>
            <th scope="col">{columns.margin}</th>
            <th scope="col">{columns.probability}</th>
            <th scope="col">{columns.loss}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair, index) => {
            const reversed = evaluation.probabilities[index]! < 0.5;
            return (
              <tr key={`${pair.winner}-${pair.loser}`} data-reversed={reversed ? '' : undefined} data-testid={`pair-${ids[pair.winner]}${ids[pair.loser]}`}>
                <th scope="row">{index + 1}</th>
                <td>{ids[pair.winner]}</td>
                <td>{ids[pair.loser]}</td>
                <td>{format(rewards[pair.winner]!)}</td>
                <td>{format(rewards[pair.loser]!)}</td>
                <td>{format(evaluation.margins[index]!)}</td>
                <td data-testid="pair-sigma">
                  {format(evaluation.probabilities[index]!)}
                  {reversed ? <span className="rlhf-lab__reversed"> ✗ {strings.reversed}</span> : null}
                </td>
                <td>{format(evaluation.pairLosses[index]!)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Scroller>
  );
});

/** Props of the weights and rewards tables. */
export interface ModelTablesProps {
  model: RewardModelState;
  ids: readonly string[];
  featureText: RlhfLabText['features'];
  /** The constant of the shift demonstration. */
  shift: number;
  strings: RlhfLabStrings;
}

/** Each feature's weight with ‖w‖, and each reply's reward r = w·x + b beside r + c. */
export const ModelTables = memo(function ModelTables({ model, ids, featureText, shift, strings }: ModelTablesProps) {
  const norm = Math.hypot(...model.weights);
  return (
    <div className="rlhf-lab__tables">
      <Scroller label={strings.weightsCaption}>
        <table className="rlhf-lab__table" data-testid="weights-table">
          <caption>{strings.weightsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.featureColumn}</th>
              <th scope="col">w</th>
            </tr>
          </thead>
          <tbody>
            {model.weights.map((weight, j) => (
              <tr key={j}>
                <th scope="row">{featureText[j]!.label}</th>
                <td data-testid={`weight-${j}`}>{format(weight)}</td>
              </tr>
            ))}
            <tr className="rlhf-lab__total">
              <th scope="row">{strings.normRow}</th>
              <td data-testid="weight-norm">{format(norm)}</td>
            </tr>
          </tbody>
        </table>
      </Scroller>
      <Scroller label={strings.rewardsCaption}>
        <table className="rlhf-lab__table" data-testid="rewards-table">
          <caption>{strings.rewardsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.replyColumn}</th>
              <th scope="col">r = w·x + b</th>
              <th scope="col">r + c</th>
            </tr>
          </thead>
          <tbody>
            {model.rewards.map((reward, k) => (
              <tr key={k}>
                <th scope="row">{ids[k]}</th>
                <td data-testid={`reward-${ids[k]}`}>{format(reward)}</td>
                <td>{format(reward + shift)}</td>
              </tr>
            ))}
            <tr className="rlhf-lab__total">
              <th scope="row">b</th>
              <td data-testid="bias">{format(model.bias)}</td>
              <td>{format(model.bias + shift)}</td>
            </tr>
          </tbody>
        </table>
      </Scroller>
    </div>
  );
});
