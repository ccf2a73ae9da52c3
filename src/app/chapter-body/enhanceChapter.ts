import type { Locale } from '../../content/locale.ts';
import { afterLoad } from '../afterLoad.ts';
import { mountWidgets } from './mountWidgets.ts';
import { trackReading } from '../reading/trackReading.ts';
import { watchScrollableRegions } from './scrollableRegions.ts';
import { uiStrings } from '../strings.ts';

/**
 * Brings a prerendered chapter body to life without React walking it: widgets mount as islands when they near the
 * screen, overflowing regions become keyboard-scrollable once the page is idle, and reading progress is recorded
 * (for chapters in the list, not fixtures). Returns a function that undoes it all.
 */
export function enhanceChapter(body: HTMLElement, page: { locale: Locale; slug: string; tracked: boolean }): () => void {
  const strings = uiStrings[page.locale];
  const unmount = mountWidgets(body, { locale: page.locale, chapter: page.slug });
  let unwatch = () => {};
  const cancel = afterLoad(() => {
    unwatch = watchScrollableRegions(body, { table: strings.table, formula: strings.formula, code: strings.code, diagram: strings.diagram });
  });
  const untrack = page.tracked ? trackReading(body, page.locale, page.slug) : () => {};
  return () => {
    unmount();
    cancel();
    unwatch();
    untrack();
  };
}
