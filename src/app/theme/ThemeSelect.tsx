import { useId, useSyncExternalStore } from 'react';
import type { UiStrings } from '../strings.ts';
import { isThemeChoice, readThemeChoice } from '../../storage/themeChoice.ts';
import { applyThemeChoice, subscribeToThemeChoice } from './theme.ts';

/** Light, dark or system, remembered across visits. The server renders "system"; the browser then shows the stored choice. */
export function ThemeSelect({ strings }: { strings: UiStrings }) {
  const choice = useSyncExternalStore(subscribeToThemeChoice, readThemeChoice, () => 'system' as const);
  const id = useId();
  return (
    <span className="theme-select">
      <label htmlFor={id} className="visually-hidden">
        {strings.theme}
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isThemeChoice(value)) applyThemeChoice(value);
        }}
      >
        <option value="system">{strings.themeSystem}</option>
        <option value="light">{strings.themeLight}</option>
        <option value="dark">{strings.themeDark}</option>
      </select>
    </span>
  );
}
