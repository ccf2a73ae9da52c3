import type { Data, Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { ContentProblem, Heading, WidgetInstance } from '../content/chapter.ts';

/** What the pipeline's plugins leave in `file.data` for compileChapter to read (the unified convention). */
declare module 'vfile' {
  interface DataMap {
    /** The chapter's `##` and `###` headings in order (remarkHeadingIds). */
    headings: Heading[];
    /** Every widget placed, in order, with its parsed props (remarkWidgets). */
    widgets: WidgetInstance[];
    /** Whether a diagram has no prerendered SVG and must be drawn by Mermaid in the browser (remarkMermaid). */
    needsMermaid: boolean;
  }
}

/** The `source` of every message the pipeline reports, so they can be told from other tools' messages. */
export const PROBLEM_SOURCE = 'notebook';

/**
 * Reports a problem on the file, unified's way (`file.message`): `kind` becomes the message's ruleId (front matter,
 * formula, diagram, directive, widget, heading) and `place` its position. The file's lines are the chapter's own
 * (compileChapter keeps the front matter's lines as blank lines), so the position is what an author sees.
 */
export function report(file: VFile, place: Point | Position | undefined, kind: string, message: string) {
  return file.message(message, { place, ruleId: kind, source: PROBLEM_SOURCE });
}

/** The problems reported on `file` by the pipeline, named after `fileName`, in the order they were reported. */
export function problemsOf(file: VFile, fileName: string): ContentProblem[] {
  return file.messages
    .filter((message) => message.source === PROBLEM_SOURCE)
    .map((message) => ({ file: fileName, line: message.line, kind: message.ruleId ?? 'content', message: message.reason }));
}

/**
 * Reports a problem and builds the mdast node that takes the place of the broken piece: an `<nb-error>` element,
 * rendered as an ErrorBox naming the file, line and problem (src/markdown/components.tsx). `line` overrides the
 * node's own line (a problem inside a block, such as one question of a quiz).
 */
export function errorNode(
  file: VFile,
  node: Node,
  kind: string,
  title: string,
  message: string,
  source?: string,
  line?: number,
): Node & { data: Data } {
  const place = line === undefined ? node.position : { line, column: 1 };
  const reported = report(file, place, kind, message);
  return {
    type: 'nbError',
    position: node.position,
    data: {
      hName: 'nb-error',
      hProperties: {
        dataTitle: title,
        dataLine: reported.line === undefined ? undefined : String(reported.line),
        dataMessage: message,
        dataSource: source,
      },
      hChildren: [],
    },
  } as Node & { data: Data };
}
