import type { Code, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { errorNode } from './problems.ts';

/** A prerendered diagram, looked up by the hash of its source (see scripts/diagrams.mjs). */
export interface PrerenderedDiagram {
  light: string;
  dark: string;
}

/** What a diagram store answers for one source: its SVGs, a parser error, or nothing yet (render at run time). */
export type DiagramLookup = (
  source: string,
) => { kind: 'svg'; diagram: PrerenderedDiagram } | { kind: 'error'; message: string } | undefined;

/** Options of remarkMermaid: where prerendered diagrams are looked up. */
export interface MermaidOptions {
  diagrams: DiagramLookup;
}

/**
 * Turns ```mermaid blocks into diagram slots. With a prerendered SVG the slot carries it (no Mermaid code in the
 * reader's browser); a diagram whose source failed to parse when it was prerendered becomes an error box with the
 * parser's message; otherwise the slot carries the source and the browser renders it (the dev server, where new
 * diagrams are drawn at once), and `file.data.needsMermaid` says so.
 */
export function remarkMermaid({ diagrams }: MermaidOptions) {
  return (tree: Root, file: VFile) => {
    let count = 0;
    file.data.needsMermaid = false;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      count += 1;
      const found = diagrams(node.value);
      if (found?.kind === 'error') {
        parent.children[index] = errorNode(file, node, 'diagram', 'Diagram', found.message, node.value) as never;
        return;
      }
      if (!found) file.data.needsMermaid = true;
      const replacement: Node = {
        type: 'nbMermaid',
        position: node.position,
        data: {
          hName: 'nb-mermaid',
          hProperties: {
            dataSource: node.value,
            dataIndex: String(count),
            dataLine: node.position ? String(node.position.start.line) : undefined,
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
