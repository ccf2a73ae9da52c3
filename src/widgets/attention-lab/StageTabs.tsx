import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { STAGE_IDS, type StageId } from './stages.ts';

/** Props of the stage tabs. */
export interface StageTabsProps {
  active: StageId;
  label: string;
  names: Record<StageId, string>;
  onSelect: (stage: StageId) => void;
  /** The active stage's content; the others are not rendered, which keeps each update small. */
  children: ReactNode;
}

/**
 * The stages of the computation as WAI-ARIA tabs with automatic activation (arrow keys, Home and End move between
 * tabs). One stage at a time keeps every matrix readable on a phone, where all twelve at once would be a long scroll;
 * the heat map of the weights stays on screen below, whatever the stage.
 */
export function StageTabs({ active, label, names, onSelect, children }: StageTabsProps) {
  const baseId = useId();
  const tabs = useRef<Partial<Record<StageId, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = STAGE_IDS.indexOf(active);
    const target =
      event.key === 'ArrowRight' ? STAGE_IDS[(index + 1) % STAGE_IDS.length]
      : event.key === 'ArrowLeft' ? STAGE_IDS[(index + STAGE_IDS.length - 1) % STAGE_IDS.length]
      : event.key === 'Home' ? STAGE_IDS[0]
      : event.key === 'End' ? STAGE_IDS[STAGE_IDS.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target);
    tabs.current[target]?.focus();
  };
  return (
    <div className="attention-lab__stages">
      <div className="attention-lab__tabs" role="tablist" aria-label={label}>
        {STAGE_IDS.map((stage) => (
          <button
            key={stage}
            ref={(element) => {
              tabs.current[stage] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${stage}`}
            aria-controls={`${baseId}-panel`}
            aria-selected={stage === active}
            tabIndex={stage === active ? 0 : -1}
            onClick={() => onSelect(stage)}
            onKeyDown={onKeyDown}
            data-testid={`stage-tab-${stage}`}
          >
            {names[stage]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${active}`} className="attention-lab__panel" data-testid="stage-panel">
        {children}
      </div>
    </div>
  );
}
