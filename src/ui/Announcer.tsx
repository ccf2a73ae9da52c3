import { useAnnouncement } from './useAnnouncement.ts';

/**
 * A visually hidden polite live region that speaks `text` when it changes (not on mount), at most every `intervalMs`.
 * Its own component, so that the throttled update re-renders only this paragraph, not the widget around it.
 */
export function Announcer({ text, intervalMs }: { text: string; intervalMs: number }) {
  const announcement = useAnnouncement(text, intervalMs);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcement">
      {announcement}
    </p>
  );
}
