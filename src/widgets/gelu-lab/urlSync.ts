/**
 * The lab's state in the page URL, so that a link reproduces the view: probe, range, curves and key points, under the
 * widget instance's prefix (`gelu-lab.x=1.5`). URL values are untrusted: each is parsed by the directive's own
 * attribute parser, and what does not parse is ignored.
 */
import { attributeParsers, type GeluLabProps, isValidView } from './props.ts';

/** The lab's state as it goes into a link. */
export function serialiseState(state: GeluLabProps): Record<string, string> {
  return {
    x: String(state.x),
    xmin: String(state.xmin),
    xmax: String(state.xmax),
    curves: state.curves.join(','),
    keypoints: String(state.keypoints),
  };
}

/**
 * Applies the URL's values to `base` (the directive's props): every key that parses replaces the base value; a range
 * that is not a valid view is dropped as a whole.
 */
export function applyUrlState(base: GeluLabProps, raw: Record<string, string>): GeluLabProps {
  const next: GeluLabProps = { ...base, curves: [...base.curves] };
  const x = raw.x === undefined ? undefined : attributeParsers.x.safeParse(raw.x);
  if (x?.success) next.x = x.data;
  const xmin = raw.xmin === undefined ? undefined : attributeParsers.xmin.safeParse(raw.xmin);
  const xmax = raw.xmax === undefined ? undefined : attributeParsers.xmax.safeParse(raw.xmax);
  const candidateMin = xmin?.success ? xmin.data : base.xmin;
  const candidateMax = xmax?.success ? xmax.data : base.xmax;
  if (isValidView(candidateMin, candidateMax)) {
    next.xmin = candidateMin;
    next.xmax = candidateMax;
  }
  // An empty value means "no curves", which the attribute parser (rightly, for authors) refuses.
  if (raw.curves === '') next.curves = [];
  else if (raw.curves !== undefined) {
    const curves = attributeParsers.curves.safeParse(raw.curves);
    if (curves.success) next.curves = curves.data;
  }
  const keypoints = raw.keypoints === undefined ? undefined : attributeParsers.keypoints.safeParse(raw.keypoints);
  if (keypoints?.success) next.keypoints = keypoints.data;
  return next;
}
