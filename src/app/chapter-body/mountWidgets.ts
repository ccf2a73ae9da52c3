import type { Locale } from '../../content/locale.ts';
import { afterLoad } from '../afterLoad.ts';

/** How far below the viewport a widget starts loading, so it is ready by the time the reader gets there. */
const PRELOAD_MARGIN = '600px 0px';

/**
 * Mounts the widgets in a chapter body as independent React roots ("islands"), each when it nears the viewport. The
 * widget's code (and React, for the first one) is fetched only then, and it renders into the space the prerendered
 * page reserved for it. Returns a function that unmounts them all.
 */
export function mountWidgets(body: HTMLElement, page: { locale: Locale; chapter: string }): () => void {
  const unmounts: (() => void)[] = [];
  let disposed = false;
  const mount = async (slot: HTMLElement) => {
    const { startWidget } = await import('./widgetRoot.tsx');
    if (disposed) return;
    const unmount = await startWidget(slot, page);
    if (disposed) unmount();
    else unmounts.push(unmount);
  };

  // A widget near the screen at load still waits for the page to finish loading and for an idle moment: its space is
  // reserved, and the reader is reading the text meanwhile.
  const cancels: (() => void)[] = [];
  const slots = [...body.querySelectorAll<HTMLElement>('.widget-slot[data-widget]')];
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              cancels.push(afterLoad(() => void mount(entry.target as HTMLElement)));
            }
          },
          { rootMargin: PRELOAD_MARGIN },
        )
      : undefined;
  for (const slot of slots) {
    if (observer) observer.observe(slot);
    else cancels.push(afterLoad(() => void mount(slot)));
  }
  return () => {
    disposed = true;
    observer?.disconnect();
    cancels.forEach((cancel) => cancel());
    unmounts.forEach((unmount) => unmount());
  };
}
