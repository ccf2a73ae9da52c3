/** Least space between the popup and the edges of the window, in CSS pixels. */
const POPUP_MARGIN_PX = 8;

/**
 * Places the popup under the field but inside the window: the header wraps differently at every width, so the
 * field may sit at the right edge, the left edge or in between.
 */
export function placePopup(root: HTMLElement | null, popup: HTMLElement | null): void {
  if (!root || !popup) return;
  const rootLeft = root.getBoundingClientRect().left;
  const viewportWidth = document.documentElement.clientWidth;
  const left = Math.max(POPUP_MARGIN_PX, Math.min(rootLeft, viewportWidth - POPUP_MARGIN_PX - popup.offsetWidth));
  popup.style.left = `${Math.round(left - rootLeft)}px`;
}
