import { useEffect, useId, useState } from 'react';
import type { UiStrings } from './strings.ts';
import { applyThemeChoice, readThemeChoice, type ThemeChoice } from './theme.ts';

/** Light, dark or system, remembered across visits. Starts as "system" so server and client render alike. */
export function ThemeSelect({ strings }: { strings: UiStrings }) {
  const [choice, setChoice] = useState<ThemeChoice>('system');
  const id = useId();
  useEffect(() => setChoice(readThemeChoice()), []);
  return (
    <span className="theme-select">
      <label htmlFor={id} className="visually-hidden">
        {strings.theme}
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = event.currentTarget.value as ThemeChoice;
          setChoice(next);
          applyThemeChoice(next);
        }}
      >
        <option value="system">{strings.themeSystem}</option>
        <option value="light">{strings.themeLight}</option>
        <option value="dark">{strings.themeDark}</option>
      </select>
    </span>
  );
}
