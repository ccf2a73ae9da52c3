import { memo, useDeferredValue, useMemo } from 'react';
import { typeset } from '../math-typesetting/typeset.ts';

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
 * A formula typeset by KaTeX (strict, no trust). When `tex` changes in answer to a control, the formula follows in a
 * transition, just after the frame that shows the control's plot and readouts: typesetting and laying out a formula
 * takes several milliseconds, more than the rest of such a frame. A newer value replaces one still waiting, so the
 * formula is at most a frame behind and always ends on the current numbers.
 */
export const TypesetMath = memo(function TypesetMath({ tex, display = false, as: Tag = 'span', className, testId }: TypesetMathProps) {
  const shown = useDeferredValue(tex);
  const html = useMemo(() => typeset(shown, display), [shown, display]);
  // KaTeX output with trust off, from LaTeX the widget built: no markup of anyone else's reaches innerHTML.
  // oxlint-disable-next-line react/no-danger
  return <Tag className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
});
