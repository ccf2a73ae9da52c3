/** The one ReviewStore of this tab, shared by every quiz, badge and notice on the page. */
import { announceProgressPresent } from './progressPresent.ts';
import { ReviewStore } from './reviewStore.ts';

let shared: ReviewStore | undefined;

/** The tab's ReviewStore, opened on first use (in the browser only: never call this while prerendering in Node). */
export function getReviewStore(): ReviewStore {
  if (!shared) {
    const store = new ReviewStore();
    // The first time it holds reviews or has an issue to report, the islands that show them wake up.
    const stop = store.subscribe(() => {
      const { reviews, issues } = store.getSnapshot();
      if (reviews.length === 0 && issues.length === 0) return;
      announceProgressPresent();
      stop();
    });
    shared = store;
  }
  return shared;
}
