/** The one ReviewStore of this tab, shared by every quiz, badge and notice on the page. */
import { ReviewStore } from './reviewStore.ts';

let shared: ReviewStore | undefined;

/** The tab's ReviewStore, opened on first use (in the browser only: never call this while prerendering in Node). */
export function getReviewStore(): ReviewStore {
  shared ??= new ReviewStore();
  return shared;
}
