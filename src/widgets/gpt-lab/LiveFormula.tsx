import { lazy, Suspense } from 'react';

/**
 * KaTeX, loaded only once a tab with a live formula is opened: at about 75 KB (gzip) it would otherwise double what the
 * lab costs a reader who never fine-tunes. Chapters typeset their own formulas at build time and load none.
 */
const TypesetMath = lazy(() => import('../../ui/TypesetMath.tsx').then((module) => ({ default: module.TypesetMath })));

/** Props of a formula typeset with live numbers. */
export interface LiveFormulaProps {
  /** The formula in TeX. */
  tex: string;
  /** The same numbers as plain text, shown until KaTeX arrives and while the tab is hidden. */
  plain: string;
  label: string;
  /** False while the tab is hidden: nothing is loaded for it. */
  active: boolean;
  testId: string;
}

/**
 * A captioned display formula, typeset by KaTeX once its tab is open. With its numbers it can be wider than a phone, so
 * the figure scrolls sideways, and it takes the focus so that a keyboard can scroll it too.
 */
export function LiveFormula({ tex, plain, label, active, testId }: LiveFormulaProps) {
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <figure className="gpt-lab__formula" tabIndex={0}>
      <figcaption className="gpt-lab__formula-label">{label}</figcaption>
      {active ? (
        <Suspense fallback={<div data-testid={testId}>{plain}</div>}>
          <TypesetMath tex={tex} display as="div" testId={testId} />
        </Suspense>
      ) : (
        <div data-testid={testId}>{plain}</div>
      )}
    </figure>
  );
}
