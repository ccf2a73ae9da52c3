import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The width in whole CSS pixels of `ref`'s element, kept current with a ResizeObserver. Measured before the first
 * paint, so a plot is drawn at its real width from the start; `fallback` where layout is unavailable (jsdom, or width
 * 0). Rounded down: drawings sized from it (or split between side-by-side panels) never overflow the element by a
 * fraction of a pixel.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = (measured: number) => {
      if (measured > 0) setWidth(Math.floor(measured));
    };
    update(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
