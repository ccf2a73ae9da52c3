import { useEffect, useState } from 'react';
import { onUpdateReady } from './updateReady.ts';
import type { UiStrings } from '../strings.ts';

/** Offers a newer version of the notebook when the service worker has one waiting. */
export function UpdatePrompt({ strings }: { strings: UiStrings }) {
  const [update, setUpdate] = useState<(() => Promise<void>) | undefined>();
  useEffect(() => onUpdateReady((next) => setUpdate(() => next)), []);
  if (!update) return null;
  return (
    <output className="update-prompt">
      <span>{strings.updateReady}</span>
      <button type="button" onClick={() => void update()}>
        {strings.updateReload}
      </button>
      <button type="button" onClick={() => setUpdate(undefined)}>
        {strings.updateLater}
      </button>
    </output>
  );
}
