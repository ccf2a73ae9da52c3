import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { PANEL_IDS, type PanelId } from './labState.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the tabbed detail panels. */
export interface PanelTabsProps {
  active: PanelId;
  strings: AdamLabStrings;
  onSelect: (panel: PanelId) => void;
  panels: Record<PanelId, ReactNode>;
}

/**
 * The numbers, the equations and the settings as tabs (WAI-ARIA tabs with automatic activation: arrow keys, Home and
 * End move between tabs). One panel shows at a time, which keeps the lab short on a phone; the others stay mounted,
 * hidden, so their state and their numbers are kept.
 */
export function PanelTabs({ active, strings, onSelect, panels }: PanelTabsProps) {
  const baseId = useId();
  const tabs = useRef<Partial<Record<PanelId, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = PANEL_IDS.indexOf(active);
    const target =
      event.key === 'ArrowRight' ? PANEL_IDS[(index + 1) % PANEL_IDS.length]
      : event.key === 'ArrowLeft' ? PANEL_IDS[(index + PANEL_IDS.length - 1) % PANEL_IDS.length]
      : event.key === 'Home' ? PANEL_IDS[0]
      : event.key === 'End' ? PANEL_IDS[PANEL_IDS.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target);
    tabs.current[target]?.focus();
  };
  return (
    <div className="adam-lab__panels">
      <div className="adam-lab__tabs" role="tablist" aria-label={strings.panelsLabel}>
        {PANEL_IDS.map((panel) => (
          <button
            key={panel}
            ref={(element) => {
              tabs.current[panel] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${panel}`}
            aria-controls={`${baseId}-panel-${panel}`}
            aria-selected={panel === active}
            tabIndex={panel === active ? 0 : -1}
            onClick={() => onSelect(panel)}
            onKeyDown={onKeyDown}
            data-testid={`panel-tab-${panel}`}
          >
            {strings.panelNames[panel]}
          </button>
        ))}
      </div>
      {PANEL_IDS.map((panel) => (
        <div
          key={panel}
          role="tabpanel"
          id={`${baseId}-panel-${panel}`}
          aria-labelledby={`${baseId}-tab-${panel}`}
          hidden={panel !== active}
          className="adam-lab__panel"
          data-testid={`panel-${panel}`}
        >
          {panels[panel]}
        </div>
      ))}
    </div>
  );
}
