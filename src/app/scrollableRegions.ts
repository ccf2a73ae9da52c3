/** What may scroll sideways inside a chapter: wide tables, display formulas, code blocks and diagrams. */
const SCROLLABLE = '.table-scroll, .katex-display, pre, .diagram';

/**
 * Makes every region that actually overflows reachable by keyboard (tabindex 0, a region role and a label naming what
 * it is), so a reader without a mouse can scroll it; regions that fit are left alone and add no tab stops.
 * Re-checks when the window is resized. Returns a function that stops watching.
 */
export function watchScrollableRegions(container: HTMLElement, labels: { table: string; formula: string; code: string; diagram: string }): () => void {
  const update = () => {
    let count = 0;
    for (const region of container.querySelectorAll<HTMLElement>(SCROLLABLE)) {
      const overflowing = region.scrollWidth > region.clientWidth + 1;
      if (overflowing && !region.hasAttribute('tabindex')) {
        count += 1;
        const kind = region.classList.contains('table-scroll')
          ? labels.table
          : region.classList.contains('diagram')
            ? labels.diagram
            : region.tagName === 'PRE'
              ? labels.code
              : labels.formula;
        region.setAttribute('tabindex', '0');
        region.setAttribute('role', 'region');
        region.setAttribute('aria-label', `${kind} ${count}`);
        region.dataset.scrollable = '';
      } else if (!overflowing && region.dataset.scrollable !== undefined) {
        region.removeAttribute('tabindex');
        region.removeAttribute('role');
        region.removeAttribute('aria-label');
        delete region.dataset.scrollable;
      }
    }
  };
  update();
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
  observer?.observe(container);
  return () => observer?.disconnect();
}
