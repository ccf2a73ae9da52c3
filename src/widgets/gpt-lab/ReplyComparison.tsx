import { useId, useState } from 'react';
import type { LabClient, ReplyPair } from './labClient.ts';
import type { GptLabStrings } from './strings.ts';

/** Props of the before/after comparison. */
export interface ReplyComparisonProps {
  client: LabClient | undefined;
  hasPretrained: boolean;
  seed: number;
  strings: GptLabStrings;
}

/** Maximum length of a typed question (characters): the model's context holds a question and its reply. */
const MAX_QUESTION = 40;

/**
 * One question put to the model as it was before fine-tuning and as it is now, side by side. Both answer greedily
 * (the likeliest character each time): sampling noise would hide what fine-tuning changed. The reader picks a
 * suggestion or types a question.
 */
export function ReplyComparison({ client, hasPretrained, seed, strings }: ReplyComparisonProps) {
  const selectId = useId();
  const textId = useId();
  const [choice, setChoice] = useState(strings.suggestions[0]!);
  const [custom, setCustom] = useState('');
  const [pair, setPair] = useState<{ question: string; replies: ReplyPair }>();
  const [busy, setBusy] = useState(false);
  const question = (choice === '' ? custom : choice).trim().slice(0, MAX_QUESTION);
  const ask = async () => {
    if (!client || question === '') return;
    setBusy(true);
    try {
      setPair({ question, replies: await client.reply(question, 0, seed) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="gpt-lab__compare" aria-label={strings.compareTitle}>
      <h4 className="gpt-lab__subtitle">{strings.compareTitle}</h4>
      <p className="gpt-lab__note">{strings.compareGreedy}</p>
      <div className="gpt-lab__compare-form">
        <label htmlFor={selectId}>{strings.compareLabel}</label>
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.currentTarget.value)} data-testid="compare-select">
          {strings.suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion}>{suggestion}</option>
          ))}
          <option value="">{strings.compareCustom}</option>
        </select>
        {choice === '' ? (
          <>
            <label htmlFor={textId} className="visually-hidden">{strings.compareCustom}</label>
            <input id={textId} type="text" value={custom} maxLength={MAX_QUESTION} onChange={(event) => setCustom(event.currentTarget.value)} data-testid="compare-text" />
          </>
        ) : null}
        <button type="button" onClick={() => void ask()} disabled={!client || busy || question === ''} data-testid="compare-ask">
          {strings.ask}
        </button>
      </div>
      {!hasPretrained ? <p className="gpt-lab__note">{strings.beforeMissing}</p> : null}
      {pair ? (
        <div className="gpt-lab__replies" aria-live="polite">
          {(['before', 'after'] as const).map((which) => (
            <div key={which} className="gpt-lab__reply" data-testid={`reply-${which}`}>
              <h5>{which === 'before' ? strings.before : strings.after}</h5>
              <p className="gpt-lab__text">
                <span className="gpt-lab__question">{pair.question}</span>
                <br />→ {pair.replies[which].text}
                {pair.replies[which].ended ? '' : ` ${strings.noStop}`}
              </p>
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
