import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { TABS } from './labState.ts';
import type { LabTab } from './props.ts';
import type { RlhfLabStrings } from './strings.ts';

/** Props of the lab's three steps as tabs. */
export interface StepTabsProps {
  active: LabTab;
  strings: RlhfLabStrings;
  onSelect: (tab: LabTab) => void;
  /** The active step's content; the others are not rendered (each is recomputed from the state when shown). */
  panel: ReactNode;
}

/**
 * The three steps as WAI-ARIA tabs with automatic activation (arrow keys, Home and End move between them). Only the
 * active step is rendered: a moving slider then redraws one step, not three. Every tab keeps its (empty) panel so
 * that aria-controls always points at an element.
 */
export function StepTabs({ active, strings, onSelect, panel }: StepTabsProps) {
  const baseId = useId();
  const tabs = useRef<Partial<Record<LabTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(active);
    const target =
      event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length]
      : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length]
      : event.key === 'Home' ? TABS[0]
      : event.key === 'End' ? TABS[TABS.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target);
    tabs.current[target]?.focus();
  };
  return (
    <>
      <div className="rlhf-lab__tabs" role="tablist" aria-label={strings.tabsLabel}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              tabs.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab}`}
            aria-controls={`${baseId}-panel-${tab}`}
            aria-selected={tab === active}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => onSelect(tab)}
            onKeyDown={onKeyDown}
            data-testid={`tab-${tab}`}
          >
            {strings.tabNames[tab]}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`${baseId}-panel-${tab}`}
          aria-labelledby={`${baseId}-tab-${tab}`}
          hidden={tab !== active}
          className="rlhf-lab__panel"
          data-testid={`panel-${tab}`}
        >
          {tab === active ? panel : null}
        </div>
      ))}
    </>
  );
}
