import { useId } from 'react';
import { formatNumber } from '../../ui/formatNumber.ts';
import type { GptLabStrings } from './strings.ts';
import type { SaveStatus } from './useGptLab.ts';
import type { LabState } from './worker/protocol.ts';

/** Props of the save-and-share panel. */
export interface KeepPanelProps {
  state: LabState | undefined;
  save: SaveStatus;
  strings: GptLabStrings;
  locale: string;
  onExport: () => Promise<Uint8Array | undefined>;
  onImport: (file: File) => void;
}

/** What the saved copy is, and export and import as a `.gptlab` file. */
export function KeepPanel({ state, save, strings, locale, onExport, onImport }: KeepPanelProps) {
  const fileId = useId();
  const download = async () => {
    const bytes = await onExport();
    if (!bytes || !state) return;
    const stage = state.meta.stage;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `tiny-gpt-${locale}-${stage}-step${state.meta[stage].step}.gptlab`;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked after the click has handed the file to the browser's download.
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="gpt-lab__keep">
      <p>{strings.keepIntro}</p>
      <output className="gpt-lab__save-status" data-testid="save-status" data-kind={save.kind}>
        {describeSave(save, strings)}
      </output>
      <div className="gpt-lab__controls">
        <button type="button" onClick={() => void download()} disabled={!state} data-testid="export">{strings.exportButton}</button>
        <label className="gpt-lab__file" htmlFor={fileId}>{strings.importLabel}</label>
        <input
          id={fileId}
          type="file"
          accept=".gptlab,application/octet-stream"
          data-testid="import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onImport(file);
            event.currentTarget.value = '';
          }}
        />
      </div>
    </div>
  );
}

function describeSave(save: SaveStatus, strings: GptLabStrings): string {
  switch (save.kind) {
    case 'loading':
      return strings.saveStatus.loading;
    case 'none':
      return strings.saveStatus.none;
    case 'saved':
      return strings.saveStatus.saved(save.at.toLocaleTimeString(strings.languageTag), strings.stageNames[save.stage], formatNumber(save.step));
    case 'quota':
      return strings.saveStatus.quota;
    case 'failed':
      return strings.saveStatus.failed(save.detail);
    case 'unavailable':
      return strings.saveStatus.unavailable;
  }
}
