/** What may scroll sideways inside a chapter: wide tables, display formulas, code blocks and diagrams. */
const SCROLLABLE = '.table-scroll, .katex-display, pre, .diagram';
/**
 * The parts of a chapter that the browser renders only near the screen (content-visibility: auto, content.css) and
 * that are or can hold a region: sections, the regions themselves, and lists and quotations holding one (none does
 * today). Paragraphs are deferred too but hold no blocks.
 */
const DEFERRED = [
  '.chapter-section',
  '.footnotes',
  `.chapter-section > :is(${SCROLLABLE})`,
  `.chapter-section > :is(ul, ol, blockquote):has(${SCROLLABLE})`,
].join(', ');

type Kind = 'table' | 'formula' | 'code' | 'diagram';

function kindOf(region: HTMLElement): Kind {
  if (region.classList.contains('table-scroll')) return 'table';
  if (region.classList.contains('diagram')) return 'diagram';
  return region.tagName === 'PRE' ? 'code' : 'formula';
}

/**
 * Makes every region that actually overflows reachable by keyboard (tabindex 0, a region role and a label naming what
 * it is and which one, e.g. "Formula 12" for the chapter's twelfth display formula), so a reader without a mouse can
 * scroll it; regions that fit are left alone and add no tab stops.
 *
 * Each region is checked when it is laid out and whenever its size changes (a ResizeObserver, whose callbacks run
 * after layout). Measuring them all at once would force the browser to lay out every section of the chapter, which
 * the stylesheet otherwise renders only near the screen. Returns a function that stops watching.
 */
export function watchScrollableRegions(container: HTMLElement, labels: Record<Kind, string>): () => void {
  // Regions are observed again when they or their section are shown: the observer may have reported them meanwhile.
  let reobserve: (part: HTMLElement) => void = () => {};
  const unwatchParts = markSkippedParts(container, (part) => reobserve(part));
  const names = new Map<Element, string>();
  const counts: Record<Kind, number> = { table: 0, formula: 0, code: 0, diagram: 0 };
  for (const region of container.querySelectorAll<HTMLElement>(SCROLLABLE)) {
    if (region.closest('.widget-slot')) continue; // A widget renders (and replaces) its own content.
    const kind = kindOf(region);
    counts[kind] += 1;
    names.set(region, `${labels[kind]} ${counts[kind]}`);
  }
  const update = (region: HTMLElement) => {
    if (region.closest('[data-skipped]')) return; // Measuring it would lay out what nobody sees yet.
    const overflowing = region.scrollWidth > region.clientWidth + 1;
    if (overflowing && region.dataset.scrollable === undefined && !region.hasAttribute('tabindex')) {
      region.setAttribute('tabindex', '0');
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', names.get(region) ?? labels[kindOf(region)]);
      region.dataset.scrollable = '';
    } else if (!overflowing && region.dataset.scrollable !== undefined) {
      region.removeAttribute('tabindex');
      region.removeAttribute('role');
      region.removeAttribute('aria-label');
      delete region.dataset.scrollable;
    }
  };
  if (typeof ResizeObserver !== 'function') {
    names.forEach((_name, region) => update(region as HTMLElement));
    return unwatchParts;
  }
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) update(entry.target as HTMLElement);
  });
  names.forEach((_name, region) => observer.observe(region));
  // Observing a region anew makes the observer report it once more after its next layout.
  const observeAgain = (regions: Iterable<Element>) => {
    for (const region of regions) {
      if (!names.has(region)) continue;
      observer.unobserve(region);
      observer.observe(region);
    }
  };
  reobserve = (part) => observeAgain(part.matches(SCROLLABLE) ? [part] : part.querySelectorAll(SCROLLABLE));
  // A formula grows when KaTeX's fonts arrive, without its box changing size.
  let stopped = false;
  void document.fonts?.ready.then(() => {
    if (!stopped) observeAgain(names.keys());
  });
  return () => {
    stopped = true;
    observer.disconnect();
    unwatchParts();
  };
}

/**
 * Keeps `data-skipped` on every deferred part the browser is currently not rendering. The stylesheet lets a region in
 * or of such a part overflow visibly instead of scrolling: nobody sees it there, and a region only becomes a scroll
 * container (and, when it overflows, a tab stop) once it is rendered, which happens before focus or the screen reaches
 * it. Without this, a checker measuring the whole page (axe-core does) finds overflowing regions that were never laid
 * out, whose tab stops the ResizeObserver above has not yet added.
 */
function markSkippedParts(container: HTMLElement, onShown: (part: HTMLElement) => void): () => void {
  const parts = [...container.querySelectorAll<HTMLElement>(DEFERRED)];
  const first = parts[0];
  if (!first || !('oncontentvisibilityautostatechange' in first) || typeof first.checkVisibility !== 'function') return () => {};
  const onChange = (event: Event) => {
    // The event bubbles: a section holds deferred blocks, and each formula's hidden MathML copy has
    // content-visibility: auto too (content.css). Only the part's own state counts.
    if (event.target !== event.currentTarget) return;
    const part = event.currentTarget as HTMLElement;
    const skipped = (event as Event & { skipped: boolean }).skipped;
    part.toggleAttribute('data-skipped', skipped);
    if (!skipped) onShown(part);
  };
  for (const part of parts) {
    // The state now: a part's content is hidden from checkVisibility while the part is skipped.
    const probe = part.firstElementChild;
    if (probe && !probe.checkVisibility({ contentVisibilityAuto: true })) part.setAttribute('data-skipped', '');
    part.addEventListener('contentvisibilityautostatechange', onChange);
  }
  return () => {
    for (const part of parts) {
      part.removeEventListener('contentvisibilityautostatechange', onChange);
      part.removeAttribute('data-skipped');
    }
  };
}
