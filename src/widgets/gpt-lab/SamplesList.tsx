import { formatNumber } from '../../ui/formatNumber.ts';
import type { GptLabStrings } from './strings.ts';

/** Props of the samples list. */
export interface SamplesListProps {
  samples: readonly { step: number; text: string }[];
  strings: GptLabStrings;
}

/** The samples taken while pretraining, newest first: noise at step 0, then letters, then words. */
export function SamplesList({ samples, strings }: SamplesListProps) {
  return (
    <section className="gpt-lab__samples" aria-label={strings.samplesTitle}>
      <h4 className="gpt-lab__subtitle">{strings.samplesTitle}</h4>
      {/* A box of fixed height that scrolls: a new sample never pushes the chapter below the lab down. Focusable,
          so a keyboard can scroll it. */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <ol className="gpt-lab__sample-list" data-testid="samples" reversed tabIndex={0} aria-label={strings.samplesTitle}>
        {[...samples].reverse().map((sample) => (
          <li key={sample.step} data-step={sample.step}>
            <span className="gpt-lab__sample-step">{strings.sampleAt(formatNumber(sample.step))}</span>{' '}
            <q className="gpt-lab__text">{sample.text}</q>
          </li>
        ))}
      </ol>
    </section>
  );
}
