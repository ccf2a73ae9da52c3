import { useEffect, useRef, useState } from 'react';

/**
 * The text for a polite live region: empty until `text` first changes (nothing is announced on mount), then updated
 * at most once per `intervalMs`, showing the latest text, so that a moving slider or a playing animation does not make a screen reader chatter.
 * Shared by the widgets; each passes its own interval.
 */
export function useAnnouncement(text: string, intervalMs: number): string {
  const [shown, setShown] = useState('');
  const initialText = useRef<string | undefined>(text);
  const lastShownAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    if (text === initialText.current) return undefined;
    initialText.current = undefined; // from now on every change counts, even back to the first text
    const show = () => {
      lastShownAt.current = Date.now();
      setShown(text);
    };
    const wait = lastShownAt.current + intervalMs - Date.now();
    if (wait <= 0) {
      show();
      return undefined;
    }
    const timer = window.setTimeout(show, wait);
    return () => window.clearTimeout(timer);
  }, [text, intervalMs]);

  return shown;
}
