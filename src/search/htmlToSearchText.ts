import { type HtmlToken, scanHtml, VOID_ELEMENTS } from './htmlTokens.ts';

/** The searchable text of an HTML fragment. */
export interface SearchText {
  /** Paragraphs (blocks, table rows, code lines) in reading order, whitespace collapsed, none empty. */
  paragraphs: string[];
  /** The TeX source of every formula, in order, from KaTeX's `<annotation encoding="application/x-tex">`. */
  tex: string[];
}

/** Elements that start and end a paragraph of search text. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Elements whose whole content is not reader text. */
const DROPPED_ELEMENTS: ReadonlySet<string> = new Set(['button', 'noscript', 'script', 'style', 'svg', 'template']);

/**
 * Classes whose content is not reader text: KaTeX's rendered glyphs (the TeX comes from the MathML annotation),
 * the `#` heading anchors, error boxes, the "widget loading" fallback, unrendered diagram sources, the footnote list
 * and screen-reader-only labels.
 */
const DROPPED_CLASSES: ReadonlySet<string> = new Set([
  'katex-html', 'heading-anchor', 'error-box', 'widget-slot__fallback', 'diagram__source', 'footnotes', 'sr-only',
]);

/** Attributes that mark content as not reader text: hidden content and the footnote reference numbers and back links. */
const DROPPED_ATTRIBUTES = ['data-footnote-ref', 'data-footnote-backref', 'data-footnotes', 'hidden'];

/** Whether an element and everything inside it stays out of the search text. */
function isDropped(token: Extract<HtmlToken, { kind: 'open' }>): boolean {
  if (DROPPED_ELEMENTS.has(token.name)) return true;
  const { attributes } = token;
  if (attributes['aria-hidden'] === 'true') return true;
  if (DROPPED_ATTRIBUTES.some((name) => name in attributes)) return true;
  return (attributes.class ?? '').split(/\s+/).some((name) => DROPPED_CLASSES.has(name));
}

interface OpenElement {
  name: string;
  dropped: boolean;
  math: boolean;
  displayMath: boolean;
  texAnnotation: boolean;
  pre: boolean;
}

/**
 * Turns the static HTML of a chapter (or part of one, or a quiz field) into plain paragraphs plus the TeX of its
 * formulas. Rendered KaTeX markup and MathML are dropped; an inline formula's TeX stays in the paragraph where the
 * formula was (so a snippet reads "the vector \theta"), a display formula's TeX goes only to `tex`.
 */
export function htmlToSearchText(html: string): SearchText {
  const paragraphs: string[] = [];
  const tex: string[] = [];
  const stack: OpenElement[] = [];
  let current = '';
  let texBuffer = '';
  let cellsInRow = 0;

  const endParagraph = () => {
    const collapsed = current.replace(/\s+/g, ' ').trim();
    if (collapsed) paragraphs.push(collapsed);
    current = '';
    cellsInRow = 0;
  };
  const top = (): OpenElement | undefined => stack[stack.length - 1];

  for (const token of scanHtml(html)) {
    const parent = top();
    if (token.kind === 'text') {
      if (!parent || (!parent.dropped && !parent.math)) {
        if (parent?.pre && token.text.includes('\n')) {
          const lines = token.text.split('\n');
          lines.forEach((line, index) => {
            if (index > 0) endParagraph();
            current += line;
          });
        } else {
          current += token.text;
        }
      } else if (parent.texAnnotation && !parent.dropped) {
        texBuffer += token.text;
      }
      continue;
    }
    if (token.kind === 'open') {
      if (BLOCK_ELEMENTS.has(token.name) && !parent?.dropped) endParagraph();
      if ((token.name === 'td' || token.name === 'th') && !parent?.dropped) {
        if (cellsInRow > 0) current += ' | ';
        cellsInRow += 1;
      }
      if (VOID_ELEMENTS.has(token.name) || token.selfClosing) continue;
      const classes = (token.attributes.class ?? '').split(/\s+/);
      const math = token.name === 'math' || (parent?.math ?? false);
      stack.push({
        name: token.name,
        dropped: (parent?.dropped ?? false) || isDropped(token),
        math,
        displayMath: (parent?.displayMath ?? false) || classes.includes('katex-display'),
        texAnnotation: math && token.name === 'annotation' && token.attributes.encoding === 'application/x-tex',
        pre: (parent?.pre ?? false) || token.name === 'pre',
      });
      if (stack[stack.length - 1]!.texAnnotation) texBuffer = '';
      continue;
    }
    // A close tag: pop up to the matching element (tolerating a missing end tag in between).
    const matchIndex = stack.map((element) => element.name).lastIndexOf(token.name);
    if (matchIndex === -1) continue;
    while (stack.length > matchIndex) {
      const closed = stack.pop()!;
      if (closed.texAnnotation && !closed.dropped) {
        const source = texBuffer.trim();
        if (source) {
          tex.push(source);
          if (!closed.displayMath) current += source;
        }
        texBuffer = '';
      }
      if (BLOCK_ELEMENTS.has(closed.name) && !closed.dropped) endParagraph();
    }
  }
  endParagraph();
  return { paragraphs, tex };
}
