import type { Code, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { type CompileContext, errorNode } from './problems.ts';

/** A prerendered diagram, looked up by the hash of its source (see scripts/diagrams.mjs). */
export interface PrerenderedDiagram {
  light: string;
  dark: string;
}

/** What a diagram store answers for one source: its SVGs, a parser error, or nothing yet (render at run time). */
export type DiagramLookup = (
  source: string,
) => { kind: 'svg'; diagram: PrerenderedDiagram } | { kind: 'error'; message: string } | undefined;

/**
 * Turns ```mermaid blocks into diagram slots. With a prerendered SVG the slot carries it (no Mermaid code in the
 * reader's browser); a diagram whose source failed to parse when it was prerendered becomes an error box with the
 * parser's message; otherwise the slot carries the source and the browser renders it (dev server, new diagrams).
 */
export function remarkMermaid(context: CompileContext, lookup: DiagramLookup, state: { needsMermaid: boolean }) {
  return () => (tree: Root) => {
    let count = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      count += 1;
      const found = lookup(node.value);
      if (found?.kind === 'error') {
        parent.children[index] = errorNode(node, context, 'diagram', 'Diagram', found.message, node.value) as never;
        return;
      }
      if (!found) state.needsMermaid = true;
      const replacement: Node = {
        type: 'nbMermaid',
        position: node.position,
        data: {
          hName: 'nb-mermaid',
          hProperties: {
            dataSource: node.value,
            dataIndex: String(count),
            dataFile: context.file,
            dataLine: String((node.position?.start.line ?? 0) + context.lineOffset),
            dataLight: found?.diagram.light,
            dataDark: found?.diagram.dark,
          },
          hChildren: [],
        },
      } as Node;
      parent.children[index] = replacement as never;
    });
  };
}
