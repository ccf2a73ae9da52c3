import type { Element, Root } from 'hast';
import katex from 'katex';
import { SKIP, visit } from 'unist-util-visit';
import { type CompileContext, lineOf } from './problems.ts';
import { KATEX_OPTIONS } from '../math-typesetting/katexOptions.ts';

/**
 * Runs before rehype-katex: tries every formula under the notebook's KaTeX settings and replaces one that fails with
 * an error box holding its source and KaTeX's message, so a broken formula never takes the chapter down with it and
 * the reader sees exactly which one is wrong.
 */
export function rehypeMathCheck(context: CompileContext) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      // Display math arrives as <pre><code class="math-display">: check the code, replace the whole <pre>.
      const math = node.tagName === 'pre' && node.children.length === 1 ? (node.children[0] as Element) : node;
      const classes = math.properties?.className;
      if (!Array.isArray(classes)) return;
      const display = classes.includes('math-display');
      if (!display && !classes.includes('math-inline')) return;
      const source = textOf(math);
      try {
        katex.renderToString(source, { ...KATEX_OPTIONS, displayMode: display, throwOnError: true });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = lineOf(node, context) ?? lineOf(math, context);
        context.problems.push({ file: context.file, line, kind: 'formula', message });
        parent.children[index] = {
          type: 'element',
          tagName: 'nb-error',
          properties: {
            dataTitle: 'Formula',
            dataFile: context.file,
            dataLine: line === undefined ? undefined : String(line),
            dataMessage: message,
            dataSource: source,
            dataInline: display ? undefined : 'true',
          },
          children: [],
        };
      }
      return SKIP;
    });
  };
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}
