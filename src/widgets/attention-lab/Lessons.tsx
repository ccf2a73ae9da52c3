import type { Locale } from '../../content/locale.ts';
import { formatNumber, formatPercent } from '../../ui/formatNumber.ts';
import type { LabComputation } from './computeLab.ts';
import type { LabState } from './labState.ts';
import type { AttentionLabStrings } from './strings.ts';
import { VOCABULARY } from './vocabulary.ts';

/** Props of the lessons. */
export interface LessonsProps {
  state: LabState;
  computation: LabComputation;
  locale: Locale;
  strings: AttentionLabStrings;
  onReverse: () => void;
}

/** A vector as "(0.564, 1.44)". */
const vector = (values: readonly number[]) => `(${values.map((value) => formatNumber(value, 3)).join(', ')})`;

/**
 * What the switches teach, in numbers from the current state: how much weight leaks from the future without the mask
 * (and why that would make training meaningless), the mean row entropy with and without ÷√d_k, and whether reversing
 * the earlier tokens changes the last token's output (it cannot without position embeddings).
 */
export function Lessons({ state, computation, locale, strings, onReverse }: LessonsProps) {
  const label = (index: number) => VOCABULARY[state.tokens[index]!][locale];
  const shares = computation.futureShares[0]!;
  const leakiest = shares.reduce((best, share, index) => (share > shares[best]! ? index : best), 0);
  const entropy = computation.entropy[0]!;
  // The most a row can have: ln of the number of tokens it sees, averaged over the rows.
  const most = state.tokens.reduce((sum, _word, index) => sum + Math.log(state.mask ? index + 1 : state.tokens.length), 0) / state.tokens.length;
  const { permutation } = computation;
  return (
    <div className="attention-lab__lessons">
      <p className="attention-lab__lesson" data-lesson="mask" data-warning={state.mask ? undefined : ''} data-testid="lesson-mask">
        {state.mask ? strings.maskOn : strings.maskOff(label(leakiest), formatPercent(shares[leakiest]!, 0))}
      </p>
      <p className="attention-lab__lesson" data-lesson="scale" data-testid="lesson-scale">
        {strings.entropyLesson({
          scaled: formatNumber(entropy.scaled, 3),
          unscaled: formatNumber(entropy.unscaled, 3),
          most: formatNumber(most, 3),
          keyWidth: state.keyWidth,
          scale: state.scale,
        })}
      </p>
      <div className="attention-lab__lesson" data-lesson="positions" data-testid="lesson-positions">
        <p>
          {strings.positionsLesson({
            token: label(permutation.row),
            before: vector(permutation.before),
            after: vector(permutation.after),
            changed: permutation.changed,
            positions: state.positions,
          })}
        </p>
        <button type="button" onClick={onReverse} data-testid="reverse-earlier">
          {strings.reverse}
        </button>
      </div>
    </div>
  );
}
