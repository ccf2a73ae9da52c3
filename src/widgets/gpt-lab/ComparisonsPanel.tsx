import { useId, useState } from 'react';
import { deriveSeed } from '../../math/random.ts';
import { formatCount } from '../../ui/formatNumber.ts';
import type { LabClient } from './labClient.ts';
import type { RlhfStrings } from './rlhfStrings.ts';
import type { GptLabStrings } from './strings.ts';
import type { Reply } from './worker/labSession.ts';
import type { LabState } from './worker/protocol.ts';
import { MAX_COMPARISON_PROMPT } from './worker/sessionMetaVersion.ts';

/** Props of the comparisons tab. */
export interface ComparisonsPanelProps {
  state: LabState;
  client: LabClient | undefined;
  seed: number;
  strings: GptLabStrings;
  rlhf: RlhfStrings;
}

const LETTERS = ['A', 'B'] as const;

/**
 * The reward model's data: the reader asks the fine-tuned model for two replies and picks the better one, or adds the
 * lab's own comparisons; the list shows every comparison, which are held out, and lets the reader remove their own.
 */
export function ComparisonsPanel({ state, client, seed, strings, rlhf }: ComparisonsPanelProps) {
  const selectId = useId();
  const textId = useId();
  const questions = [...new Set([...state.rlhf.fixedPrompts, ...strings.suggestions])];
  const [choice, setChoice] = useState(questions[0] ?? '');
  const [custom, setCustom] = useState('');
  const [pair, setPair] = useState<{ question: string; replies: Reply[] }>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [draws, setDraws] = useState(0);
  const question = (choice === '' ? custom : choice).trim().slice(0, MAX_COMPARISON_PROMPT);
  const { comparisons } = state.meta;
  const yours = comparisons.filter((comparison) => comparison.source === 'reader').length;

  const sample = async () => {
    if (!client || question === '') return;
    setBusy(true);
    setStatus('');
    try {
      // Each press draws a new pair: the seed moves on with every draw.
      setPair({ question, replies: await client.samplePair(question, deriveSeed(seed, 9, draws)) });
      setDraws((count) => count + 1);
    } finally {
      setBusy(false);
    }
  };
  const pick = async (winner: number) => {
    if (!client || !pair) return;
    const [a, b] = pair.replies;
    const [chosen, rejected] = winner === 0 ? [a!, b!] : [b!, a!];
    const ok = await client.addComparison({ prompt: pair.question, chosen: chosen.text, rejected: rejected.text });
    setStatus(ok ? rlhf.added : rlhf.notAdded);
    if (ok) setPair(undefined);
  };
  const addShipped = async () => {
    if (!client) return;
    const count = await client.addShipped();
    setStatus(count > 0 ? rlhf.shippedAdded(formatCount(count)) : rlhf.shippedNone);
  };

  return (
    <div className="gpt-lab__stage">
      <p className="gpt-lab__note">{rlhf.compareIntro}</p>
      {state.meta.stage === 'pretrain' ? <p className="gpt-lab__note">{rlhf.compareNeedsSft}</p> : null}
      {state.meta.stage === 'ppo' ? <p className="gpt-lab__note">{rlhf.frozenNote}</p> : null}
      <p data-testid="comparison-counts" data-total={comparisons.length}>
        {rlhf.counts(formatCount(comparisons.length), formatCount(state.rlhf.training), formatCount(state.rlhf.heldOut), formatCount(yours))}
      </p>
      <div className="gpt-lab__controls">
        <button type="button" onClick={() => void addShipped()} disabled={!client} data-testid="add-shipped">{rlhf.addShipped}</button>
      </div>
      <div className="gpt-lab__compare-form">
        <label htmlFor={selectId}>{rlhf.questionLabel}</label>
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.currentTarget.value)} data-testid="pair-select">
          {questions.map((entry) => (
            <option key={entry} value={entry}>{entry}</option>
          ))}
          <option value="">{rlhf.customQuestion}</option>
        </select>
        {choice === '' ? (
          <>
            <label htmlFor={textId} className="visually-hidden">{rlhf.customQuestion}</label>
            <input id={textId} type="text" value={custom} maxLength={MAX_COMPARISON_PROMPT} onChange={(event) => setCustom(event.currentTarget.value)} data-testid="pair-text" />
          </>
        ) : null}
        <button type="button" onClick={() => void sample()} disabled={!client || busy || question === ''} data-testid="sample-pair">{rlhf.samplePair}</button>
      </div>
      {pair ? (
        <figure className="gpt-lab__pair" data-testid="pair">
          <figcaption className="gpt-lab__note">{rlhf.pairCaption}</figcaption>
          <div className="gpt-lab__replies">
            {pair.replies.map((reply, index) => (
              <div key={LETTERS[index]} className="gpt-lab__reply">
                <h5>{rlhf.replyLetter(LETTERS[index]!)}</h5>
                <p className="gpt-lab__text">
                  <span className="gpt-lab__question">{pair.question}</span>
                  <br />→ {reply.text}
                  {reply.ended ? '' : ` ${strings.noStop}`}
                </p>
                <button type="button" className="gpt-lab__primary" onClick={() => void pick(index)} data-testid={`pick-${index}`}>
                  {rlhf.pick(LETTERS[index]!)}
                </button>
              </div>
            ))}
          </div>
          <button type="button" onClick={() => void sample()} disabled={busy}>{rlhf.skip}</button>
        </figure>
      ) : null}
      <p className="gpt-lab__status" aria-live="polite" data-testid="comparison-status">{status}</p>
      <section className="gpt-lab__samples" aria-label={rlhf.listTitle}>
        <h4 className="gpt-lab__subtitle">{rlhf.listTitle}</h4>
        {comparisons.length === 0 ? (
          <p className="gpt-lab__note">{rlhf.emptyList}</p>
        ) : (
          // A box of fixed height that scrolls, focusable so that a keyboard can scroll it.
          // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <ol className="gpt-lab__comparison-list" reversed tabIndex={0} aria-label={rlhf.listTitle} data-testid="comparisons">
            {comparisons.map((comparison, index) => ({ comparison, index })).reverse().map(({ comparison, index }) => (
              <li key={`${index}:${comparison.prompt}:${comparison.chosen}`} data-source={comparison.source} data-held-out={comparison.heldOut}>
                <span className="gpt-lab__question">{comparison.prompt}</span>{' '}
                <span className="gpt-lab__tag">{rlhf.sources[comparison.source]}</span>
                {comparison.heldOut ? <span className="gpt-lab__tag">{rlhf.heldOutTag}</span> : null}
                <br />
                <span className="gpt-lab__text"><span className="gpt-lab__better">{rlhf.preferredMark}{strings.colon}</span>{comparison.chosen}</span>
                <br />
                <span className="gpt-lab__text"><span className="gpt-lab__worse">{rlhf.otherMark}{strings.colon}</span>{comparison.rejected}</span>
                {comparison.source === 'reader' ? (
                  <>
                    {' '}
                    <button type="button" className="gpt-lab__small" onClick={() => client?.removeComparison(index)} aria-label={rlhf.removeLabel(formatCount(index + 1))}>
                      {rlhf.remove}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
