/** Input that means the reader has taken over the scrolling. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** How long after a jump the heading is held in place (ms), at most: the layout settles within a few frames. */
export const HOLD_MS = 2000;

/**
 * Keeps the heading a jump leads to (a link with #anchor, the outline, a search result, the language switch) where
 * the jump put it. Each block of a section is laid out only near the screen (content-visibility: auto, content.css)
 * and stands in at an estimated height until then; after a jump the blocks around the heading are laid out at their
 * real heights, and Chromium does not move the page to make up for it, so the heading ended up to 400 px above the
 * screen (on a wide screen, when the sections above it were short). While the blocks settle, each change of their
 * size brings the heading back to the top; the reader's first scroll, tap or key, or HOLD_MS, ends the hold.
 * Starts at once when the page was opened with an #anchor, and again after every in-page jump. Returns a stop function.
 */
export function holdLinkedHeading(body: HTMLElement, holdMs: number = HOLD_MS): () => void {
  let release: (() => void) | undefined;
  const hold = () => {
    release?.();
    const id = decodeURIComponent(window.location.hash.slice(1));
    const heading = id ? document.getElementById(id) : null;
    if (!heading || !body.contains(heading)) return;
    const observer = new ResizeObserver(() => heading.scrollIntoView({ block: 'start' }));
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
      if (release === stop) release = undefined;
    };
    const timer = setTimeout(stop, holdMs);
    for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
    // The sections the pipeline wraps each h2 in (src/markdown/rehypeSections.ts), and their blocks.
    for (const block of body.querySelectorAll('.chapter-section, .chapter-section > *')) observer.observe(block);
    release = stop;
  };
  window.addEventListener('hashchange', hold);
  hold();
  return () => {
    window.removeEventListener('hashchange', hold);
    release?.();
  };
}
