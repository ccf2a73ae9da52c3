import type { Data, Node } from 'unist';
import type { ContentProblem } from '../content/chapter.ts';

/** Per-file compile context that plugins share: where the file is and where to report problems. */
export interface CompileContext {
  /** Repo-relative source path. */
  file: string;
  /** Lines before the Markdown body (front matter), added to every reported line. */
  lineOffset: number;
  problems: ContentProblem[];
}

/** The file line of a node, counting the front matter. */
export function lineOf(node: Node, context: CompileContext): number | undefined {
  const line = node.position?.start.line;
  return line === undefined ? undefined : line + context.lineOffset;
}

/**
 * Builds an mdast node that becomes an `<nb-error>` element, rendered as an ErrorBox in place, and records the problem.
 */
export function errorNode(
  node: Node,
  context: CompileContext,
  kind: string,
  title: string,
  message: string,
  source?: string,
): Node & { data: Data } {
  const line = lineOf(node, context);
  context.problems.push({ file: context.file, line, kind, message });
  return {
    type: 'nbError',
    position: node.position,
    data: {
      hName: 'nb-error',
      hProperties: {
        dataTitle: title,
        dataFile: context.file,
        dataLine: line === undefined ? undefined : String(line),
        dataMessage: message,
        dataSource: source,
      },
      hChildren: [],
    },
  } as Node & { data: Data };
}
