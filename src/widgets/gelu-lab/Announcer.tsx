import { useAnnouncement } from '../../ui/useAnnouncement.ts';

/** Shortest gap between two announcements of the probe's values. */
export const ANNOUNCE_INTERVAL_MS = 500;

/**
 * A visually hidden polite live region that speaks `text` when it changes, at most every 500 ms. Its own component, so
 * that the throttled update re-renders only this paragraph, not the plot.
 */
export function Announcer({ text }: { text: string }) {
  const announcement = useAnnouncement(text, ANNOUNCE_INTERVAL_MS);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcement">
      {announcement}
    </p>
  );
}
