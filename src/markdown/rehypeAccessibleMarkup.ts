import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Fixes what the standard plugins emit that accessibility checkers (axe-core) rightly flag, after KaTeX has run:
 * - footnote back-links carry an aria-label that differs from their visible "↩": the label becomes hidden text
 *   inside the link instead, so the accessible name contains what is seen;
 * - a table header holding only a formula has no visible text (KaTeX hides its glyphs from assistive technology and
 *   shows MathML only to them): in headers the glyphs are exposed and the MathML copy hidden, so the header has a name.
 */
export function rehypeAccessibleMarkup() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined) {
        const label = node.properties.ariaLabel;
        if (typeof label === 'string' && label) {
          delete node.properties.ariaLabel;
          node.children.push(hiddenText(label));
        }
      }
      if (node.tagName === 'th') {
        visit(node, 'element', (inner: Element) => {
          const classes = inner.properties.className;
          if (!Array.isArray(classes)) return;
          if (classes.includes('katex-html')) delete inner.properties.ariaHidden;
          if (classes.includes('katex-mathml')) inner.properties.ariaHidden = 'true';
        });
      }
    });
  };
}

function hiddenText(text: string): ElementContent {
  return { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ` ${text}` }] };
}
