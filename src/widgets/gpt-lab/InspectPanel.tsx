import { useCallback, useId, useState } from 'react';
import { formatNumber, formatPercent } from '../../ui/formatNumber.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import { AttentionMaps } from './AttentionMaps.tsx';
import type { LabClient } from './labClient.ts';
import { LIMITS } from './props.ts';
import type { GptLabStrings } from './strings.ts';
import type { Inspection } from './worker/protocol.ts';

/** Props of the inspection panel. */
export interface InspectPanelProps {
  client: LabClient | undefined;
  temperature: number;
  seed: number;
  strings: GptLabStrings;
  onTemperature: (value: number) => void;
  /** The prompt to start with. */
  initialPrompt: string;
}

/** Longest prompt the reader can type (characters); the maps show its last 24. */
const MAX_PROMPT = 80;

/**
 * Looks inside the model for a prompt the reader types: the ten likeliest next characters with their probabilities,
 * every head's attention over the prompt, and a continuation at the chosen temperature.
 */
export function InspectPanel({ client, temperature, seed, strings, onTemperature, initialPrompt }: InspectPanelProps) {
  const promptId = useId();
  const [prompt, setPrompt] = useState(initialPrompt);
  const [result, setResult] = useState<{ prompt: string; inspection: Inspection }>();
  const [busy, setBusy] = useState(false);
  const display = useCallback((symbol: string) => (symbol === ' ' ? strings.space : symbol === '\n' ? strings.newline : symbol), [strings]);
  const refuse = useCallback((text: string) => strings.refuseTemperature(text), [strings]);
  const run = async () => {
    if (!client) return;
    setBusy(true);
    try {
      setResult({ prompt, inspection: await client.inspect(prompt, temperature, seed) });
    } finally {
      setBusy(false);
    }
  };
  const top = result?.inspection.top ?? [];
  const largest = top[0]?.probability ?? 1;
  return (
    <div className="gpt-lab__inspect">
      <form
        className="gpt-lab__inspect-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label htmlFor={promptId}>{strings.promptLabel}</label>
        <input id={promptId} type="text" value={prompt} maxLength={MAX_PROMPT} onChange={(event) => setPrompt(event.currentTarget.value)} data-testid="inspect-prompt" />
        <button type="submit" disabled={!client || busy} data-testid="inspect-run">{strings.inspectButton}</button>
      </form>
      <NumberField
        label={strings.temperatureLabel}
        value={temperature}
        min={LIMITS.temperature.min}
        max={LIMITS.temperature.max}
        step={0.05}
        refuse={refuse}
        onChange={onTemperature}
        testId="temperature"
      />
      {result ? (
        <div aria-live="polite">
          {result.inspection.unknown > 0 ? <p className="gpt-lab__note">{strings.unknownNote(formatNumber(result.inspection.unknown))}</p> : null}
          <table className="gpt-lab__top" data-testid="inspect-top">
            <caption>{strings.topCaption(result.prompt)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.tokenColumn}</th>
                <th scope="col">{strings.probabilityColumn}</th>
              </tr>
            </thead>
            <tbody>
              {top.map((entry) => (
                <tr key={entry.symbol}>
                  <th scope="row" className="gpt-lab__text">{display(entry.symbol)}</th>
                  <td>
                    <span className="gpt-lab__bar" style={{ width: `${(100 * entry.probability) / largest}%` }} />
                    <span className="gpt-lab__bar-value">{formatPercent(entry.probability)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="gpt-lab__continuation">
            <span>{strings.continuationLabel}{strings.colon}</span>
            <q className="gpt-lab__text" data-testid="inspect-continuation">{result.prompt}{result.inspection.continuation}</q>
          </p>
          <h4 className="gpt-lab__subtitle">{strings.attentionTitle}</h4>
          <p className="gpt-lab__note">{strings.attentionHint}</p>
          <AttentionMaps symbols={result.inspection.symbols} attention={result.inspection.attention} strings={strings} display={display} />
        </div>
      ) : null}
    </div>
  );
}
