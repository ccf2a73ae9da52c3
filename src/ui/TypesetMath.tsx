import { memo, useMemo } from 'react';
import { typeset } from '../math-typesetting/typeset.ts';
import { useValueAfterPaint } from './useValueAfterPaint.ts';

/**
 * Shortest gap between two typesettings of one formula while its numbers keep changing: about ten a second keeps a
 * dragged probe's formula moving without typesetting in every frame of the drag.
 */
export const TYPESET_INTERVAL_MS = 100;

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
 * TYPESET_INTERVAL_MS, and it always ends on the current numbers, within that interval and a frame of the last change.
 */
export const TypesetMath = memo(function TypesetMath({ tex, display = false, as: Tag = 'span', className, testId }: TypesetMathProps) {
  const shown = useValueAfterPaint(tex, TYPESET_INTERVAL_MS);
  const html = useMemo(() => typeset(shown, display), [shown, display]);
  // KaTeX output with trust off, from LaTeX the widget built: no markup of anyone else's reaches innerHTML.
  // oxlint-disable-next-line react/no-danger
  return <Tag className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
});
