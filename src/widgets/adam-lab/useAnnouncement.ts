import { useEffect, useRef, useState } from 'react';

/** Shortest gap between two live-region announcements: while playing, a screen reader hears about one step a second. */
export const ANNOUNCE_INTERVAL_MS = 1000;

/**
 * The text for a polite live region: empty until `text` first changes (nothing is announced on mount), then updated
 * at most once per `intervalMs` with the latest text, so that playing or dragging does not make a screen reader chatter.
 */
export function useAnnouncement(text: string, intervalMs = ANNOUNCE_INTERVAL_MS): string {
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
