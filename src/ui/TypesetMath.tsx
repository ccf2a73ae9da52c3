import { memo, useMemo } from 'react';
import { typeset } from '../math-typesetting/typeset.ts';
import { useValueAfterPaint } from './useValueAfterPaint.ts';

/**
 * Shortest gap between two typesettings of one formula while its numbers keep changing: four a second keep a dragged
 * probe's formula moving. Each costs a few milliseconds of script and layout, and an input arriving meanwhile waits,
 * so fewer typesettings make a drag answer sooner (bench/README.md has the measurements).
 */
export const TYPESET_INTERVAL_MS = 250;

/** How long the numbers must stay still for the formula to follow at once: a pause in a drag, or a single step. */
export const TYPESET_SETTLE_MS = 120;

/** Props of a typeset formula. */
export interface TypesetMathProps {
  /** The LaTeX source. Built by the widget from its own numbers: reader text never reaches it. */
  tex: string;
  /** Display style (a centred block) instead of inline. Default false. */
  display?: boolean;
  /** The element that holds the formula. Default `span`. */
  as?: 'span' | 'p' | 'div';
  className?: string;
  testId?: string;
}

/**
 * A formula typeset by KaTeX (strict, no trust). When `tex` changes in answer to a control, the formula follows just
 * after the frame that shows the control's plot and readouts: typesetting a formula and laying out its markup takes
 * several milliseconds, more than the rest of such a frame. While the numbers keep changing it is typeset at most every
 * TYPESET_INTERVAL_MS; once they have been still for TYPESET_SETTLE_MS it shows the current ones.
 */
export const TypesetMath = memo(function TypesetMath({ tex, display = false, as: Tag = 'span', className, testId }: TypesetMathProps) {
  const shown = useValueAfterPaint(tex, TYPESET_INTERVAL_MS, TYPESET_SETTLE_MS);
  const html = useMemo(() => typeset(shown, display), [shown, display]);
  // KaTeX output with trust off, from LaTeX the widget built: no markup of anyone else's reaches innerHTML.
  // oxlint-disable-next-line react/no-danger
  return <Tag className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
});
