import type { Element, Root } from 'hast';
import katex from 'katex';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from './problems.ts';
import { KATEX_OPTIONS } from '../math-typesetting/katexOptions.ts';

/**
 * Runs before rehype-katex: tries every formula under the notebook's KaTeX settings and replaces one that fails with
 * an error box holding its source and KaTeX's message, so a broken formula never takes the chapter down with it and
 * the reader sees exactly which one is wrong. A command that needs trust (`\url`, `\href`, `\includegraphics`, …)
 * counts as a failure too: without trust KaTeX would quietly print its name in red.
 */
export function rehypeMathCheck() {
  return (tree: Root, file: VFile) => {
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
        let refused: string | undefined;
        const trust = (context: { command: string }) => {
          refused ??= context.command;
          return false;
        };
        katex.renderToString(source, { ...KATEX_OPTIONS, trust, displayMode: display, throwOnError: true });
        if (refused) throw new Error(`${refused} is not allowed: formulas cannot link, load or style anything (KaTeX runs without trust)`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const reported = report(file, node.position ?? math.position, 'formula', message);
        parent.children[index] = {
          type: 'element',
          tagName: 'nb-error',
          properties: {
            dataTitle: 'Formula',
            dataLine: reported.line === undefined ? undefined : String(reported.line),
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
