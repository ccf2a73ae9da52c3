import { useId, useState } from 'react';
import type { LabClient } from './labClient.ts';
import type { GptLabStrings } from './strings.ts';
import type { Reply, ReplyModel } from './worker/labSession.ts';

/** Props of the side-by-side comparison. */
export interface ReplyComparisonProps {
  client: LabClient | undefined;
  /** The models that answer, in column order. */
  models: readonly ReplyModel[];
  /** Each column's heading. */
  labels: Record<ReplyModel, string>;
  title: string;
  note: string;
  /** Shown under the form when a column's model does not exist yet (its answer would be another column's). */
  missing?: string | undefined;
  seed: number;
  strings: GptLabStrings;
  /** The ask button's text: "Ask both" for two models, "Ask all three" for three. */
  askLabel: string;
  /** Prefix of the test ids (`${testId}-select`, `${testId}-ask`, `${testId}-reply-<model>`), one per instance on the page. */
  testId: string;
}

/** Maximum length of a typed question (characters): the model's context holds a question and its reply. */
const MAX_QUESTION = 40;

/**
 * One question put to several of the lab's models side by side: before and after fine-tuning, or the pretrained, the
 * fine-tuned and the PPO model. All answer greedily (the likeliest character each time): sampling noise would hide what
 * training changed. The reader picks a suggestion or types a question.
 */
export function ReplyComparison({ client, models, labels, title, note, missing, seed, strings, askLabel, testId }: ReplyComparisonProps) {
  const selectId = useId();
  const textId = useId();
  const [choice, setChoice] = useState(strings.suggestions[0]!);
  const [custom, setCustom] = useState('');
  const [answers, setAnswers] = useState<{ question: string; replies: Partial<Record<ReplyModel, Reply>> }>();
  const [busy, setBusy] = useState(false);
  const question = (choice === '' ? custom : choice).trim().slice(0, MAX_QUESTION);
  const ask = async () => {
    if (!client || question === '') return;
    setBusy(true);
    try {
      setAnswers({ question, replies: await client.reply(question, 0, seed, [...models]) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="gpt-lab__compare" aria-label={title}>
      <h4 className="gpt-lab__subtitle">{title}</h4>
      <p className="gpt-lab__note">{note}</p>
      <div className="gpt-lab__compare-form">
        <label htmlFor={selectId}>{strings.compareLabel}</label>
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.currentTarget.value)} data-testid={`${testId}-select`}>
          {strings.suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion}>{suggestion}</option>
          ))}
          <option value="">{strings.compareCustom}</option>
        </select>
        {choice === '' ? (
          <>
            <label htmlFor={textId} className="visually-hidden">{strings.compareCustom}</label>
            <input id={textId} type="text" value={custom} maxLength={MAX_QUESTION} onChange={(event) => setCustom(event.currentTarget.value)} data-testid={`${testId}-text`} />
          </>
        ) : null}
        <button type="button" onClick={() => void ask()} disabled={!client || busy || question === ''} data-testid={`${testId}-ask`}>
          {askLabel}
        </button>
      </div>
      {missing ? <p className="gpt-lab__note">{missing}</p> : null}
      {answers ? (
        <div className="gpt-lab__replies" aria-live="polite">
          {models.map((model) => {
            const reply = answers.replies[model];
            return (
              <div key={model} className="gpt-lab__reply" data-testid={`${testId}-reply-${model}`}>
                <h5>{labels[model]}</h5>
                <p className="gpt-lab__text">
                  <span className="gpt-lab__question">{answers.question}</span>
                  <br />→ {reply?.text ?? ''}
                  {reply && !reply.ended ? ` ${strings.noStop}` : ''}
                </p>
              </div>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
