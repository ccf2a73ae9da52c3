import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { TAB_IDS, type GptLabStrings, type TabId } from './strings.ts';

/** Props of the lab's tabs. */
export interface LabTabsProps {
  active: TabId;
  strings: GptLabStrings;
  onSelect: (tab: TabId) => void;
  panels: Record<TabId, ReactNode>;
}

/**
 * The lab's four stages as WAI-ARIA tabs (arrow keys, Home and End move between them). Hidden panels stay mounted,
 * so a typed prompt or a comparison survives a visit to another tab.
 */
export function LabTabs({ active, strings, onSelect, panels }: LabTabsProps) {
  const baseId = useId();
  const tabs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TAB_IDS.indexOf(active);
    const target =
      event.key === 'ArrowRight' ? TAB_IDS[(index + 1) % TAB_IDS.length]
      : event.key === 'ArrowLeft' ? TAB_IDS[(index + TAB_IDS.length - 1) % TAB_IDS.length]
      : event.key === 'Home' ? TAB_IDS[0]
      : event.key === 'End' ? TAB_IDS[TAB_IDS.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target);
    tabs.current[target]?.focus();
  };
  return (
    <div className="gpt-lab__panels">
      <div className="gpt-lab__tabs" role="tablist" aria-label={strings.tabsLabel}>
        {TAB_IDS.map((tab) => (
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
            {strings.tabs[tab]}
          </button>
        ))}
      </div>
      {TAB_IDS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`${baseId}-panel-${tab}`}
          aria-labelledby={`${baseId}-tab-${tab}`}
          hidden={tab !== active}
          className="gpt-lab__panel"
          data-testid={`panel-${tab}`}
        >
          {panels[tab]}
        </div>
      ))}
    </div>
  );
}
