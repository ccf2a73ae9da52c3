import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import './tabs.css';

/** Props of a set of tabs whose ids are the strings of `T`. */
export interface TabsProps<T extends string> {
  /** Every tab, in order. */
  ids: readonly T[];
  active: T;
  onSelect: (id: T) => void;
  /** The accessible name of the tab list. */
  label: string;
  /** Each tab's visible name. */
  names: Readonly<Record<T, ReactNode>>;
  /** The content of a panel. Called for the active tab only, unless `keepMounted`. */
  renderPanel: (id: T) => ReactNode;
  /**
   * Keep every panel rendered and hide the inactive ones (their state and numbers survive a switch) instead of
   * rendering only the active one (a moving slider then redraws one panel, not all). Default false.
   */
  keepMounted?: boolean;
  /** Extra class of each panel (the widget's own layout inside it). */
  panelClassName?: string;
  /** data-testid prefixes: a tab is `${tabTestId}${id}` (default "tab-"), a panel `${panelTestId}${id}` (default "panel-"). */
  tabTestId?: string;
  panelTestId?: string;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs and select them. Every tab has
 * its panel element, even when only the active one has content, so that aria-controls always points at something.
 * The labs use these for their stages and detail panels; one implementation keeps their keyboard behaviour the same.
 */
export function Tabs<T extends string>({
  ids,
  active,
  onSelect,
  label,
  names,
  renderPanel,
  keepMounted = false,
  panelClassName,
  tabTestId = 'tab-',
  panelTestId = 'panel-',
}: TabsProps<T>) {
  const baseId = useId();
  const tabs = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = ids.indexOf(active);
    const target =
      event.key === 'ArrowRight' ? ids[(index + 1) % ids.length]
      : event.key === 'ArrowLeft' ? ids[(index + ids.length - 1) % ids.length]
      : event.key === 'Home' ? ids[0]
      : event.key === 'End' ? ids[ids.length - 1]
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target);
    tabs.current[target]?.focus();
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {ids.map((id) => (
          <button
            key={id}
            ref={(element) => {
              tabs.current[id] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${id}`}
            aria-controls={`${baseId}-panel-${id}`}
            aria-selected={id === active}
            tabIndex={id === active ? 0 : -1}
            onClick={() => onSelect(id)}
            onKeyDown={onKeyDown}
            data-testid={`${tabTestId}${id}`}
          >
            {names[id]}
          </button>
        ))}
      </div>
      {ids.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`${baseId}-panel-${id}`}
          aria-labelledby={`${baseId}-tab-${id}`}
          hidden={id !== active}
          className={panelClassName ? `tabs__panel ${panelClassName}` : 'tabs__panel'}
          data-testid={`${panelTestId}${id}`}
        >
          {keepMounted || id === active ? renderPanel(id) : null}
        </div>
      ))}
    </>
  );
}
