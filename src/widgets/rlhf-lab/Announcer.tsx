import { useAnnouncement } from '../../ui/useAnnouncement.ts';

/** Shortest gap between two announcements: while playing, a screen reader hears about one step a second. */
export const ANNOUNCE_INTERVAL_MS = 1000;

/**
 * A visually hidden polite live region that speaks `text` when it changes (not on mount), at most once a second. Its
 * own component, so that the throttled update re-renders only this paragraph.
 */
export function Announcer({ text }: { text: string }) {
  const announcement = useAnnouncement(text, ANNOUNCE_INTERVAL_MS);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcement">
      {announcement}
    </p>
  );
}
