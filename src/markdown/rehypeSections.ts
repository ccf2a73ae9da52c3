import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The class of a wrapped section; the stylesheet renders each one only when it nears the viewport. */
export const SECTION_CLASS = 'chapter-section';

/**
 * Groups a chapter's top level into one `<section>` per h2: the heading and everything up to the next h2 (or the
 * footnotes). The stylesheet gives these sections `content-visibility: auto`, so the browser lays out and paints only
 * the ones near the screen. A long chapter holds several thousand KaTeX elements, and laying them all out was most of
 * a phone's work after the first paint. What comes before the first h2 (the introduction) stays as it is.
 * The sections carry no accessible name, so they are not landmarks and change nothing for assistive technology.
 */
export function rehypeSections() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let open: Element | undefined;
    for (const node of tree.children) {
      if (tagName(node) === 'h2') {
        open = { type: 'element', tagName: 'section', properties: { className: [SECTION_CLASS] }, children: [] };
        children.push(open);
      } else if (tagName(node) === 'section' && (node as Element).properties.dataFootnotes !== undefined) {
        open = undefined;
      }
      if (open) open.children.push(node as ElementContent);
      else children.push(node);
    }
    tree.children = children;
  };
}

function tagName(node: RootContent): string | undefined {
  return node.type === 'element' ? node.tagName : undefined;
}
