import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Node, Parent } from 'unist';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseDocument } from 'yaml';
import { ZodError } from 'zod';
import type { WidgetInstance } from '../content/chapter.ts';
import type { RenderInline, WidgetDefinition } from '../widgets/types.ts';
import { errorNode } from './problems.ts';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** What the pipeline needs to know about widgets: the registry, and how to typeset Markdown inside them. */
export interface WidgetEnvironment {
  registry: Readonly<Record<string, WidgetDefinition<unknown>>>;
  renderInline: RenderInline;
}

/**
 * Turns `::name{…}` and `:::name … :::` directives into widget slots, looked up in the registry and parsed by the
 * widget's own schema, and lists them in `file.data.widgets`. Unknown names and bad props become error boxes naming
 * the file, line and problem. Text directives are not widgets: remark-directive reads `10:30` or `a:b` as one, so
 * they are put back as the source text. Runs after remarkHeadingIds (a widget belongs to the `##` section above it).
 */
export function remarkWidgets(environment: WidgetEnvironment) {
  return (tree: Root, file: VFile) => {
    const body = String(file.value);
    const instances: WidgetInstance[] = [];
    file.data.widgets = instances;
    let section: string | undefined;
    const counts = new Map<string, number>();
    visit(tree, (node: Node, index, parent: Parent | undefined) => {
      if (node.type === 'heading' && (node as unknown as { depth: number }).depth === 2) {
        section = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
        return;
      }
      if (!isDirective(node) || !parent || index === undefined) return;
      const sourceText = sliceSource(body, node);
      if (node.type === 'textDirective') {
        parent.children[index] = { type: 'text', value: sourceText } as Node;
        return SKIP;
      }
      const definition = environment.registry[node.name];
      const kindWanted = node.type === 'leafDirective' ? 'leaf' : 'container';
      if (!definition) {
        const known = Object.keys(environment.registry).join(', ');
        parent.children[index] = errorNode(file, node, 'directive', `Unknown widget “${node.name}”`,
          `there is no widget named "${node.name}" (known: ${known})`, sourceText);
        return SKIP;
      }
      if (definition.kind !== kindWanted) {
        const form = definition.kind === 'leaf' ? `::${node.name}{…}` : `:::${node.name} … :::`;
        parent.children[index] = errorNode(file, node, 'directive', `Widget “${node.name}”`,
          `"${node.name}" is written as ${form}`, sourceText);
        return SKIP;
      }
      const parsed = parseProps(definition, node, sourceText, environment.renderInline);
      if (!parsed.ok) {
        // A problem inside a container's body is placed on its own line (counted from the opening fence).
        const start = node.position?.start.line;
        const line = parsed.line === undefined || start === undefined ? undefined : start + parsed.line;
        parent.children[index] = errorNode(file, node, 'widget', `Widget “${node.name}”`, parsed.message, sourceText, line);
        return SKIP;
      }
      const count = (counts.get(node.name) ?? 0) + 1;
      counts.set(node.name, count);
      const instanceId = count === 1 ? node.name : `${node.name}-${count}`;
      instances.push({ name: node.name, instanceId, section, props: parsed.props });
      parent.children[index] = {
        type: 'nbWidget',
        position: node.position,
        data: {
          hName: 'nb-widget',
          hProperties: {
            dataWidget: node.name,
            dataInstance: instanceId,
            dataSection: section,
            dataReserve: definition.reserve,
            dataProps: JSON.stringify(parsed.props),
          },
          hChildren: [],
        },
      } as Node;
      return SKIP;
    });
  };
}

type ParseResult = { ok: true; props: unknown } | { ok: false; message: string; line: number | undefined };

function parseProps(
  definition: WidgetDefinition<unknown>,
  node: Directive,
  sourceText: string,
  renderInline: RenderInline,
): ParseResult {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) attributes[key] = value ?? '';
  if (definition.kind === 'leaf') {
    const result = definition.props.safeParse(attributes);
    return result.success ? { ok: true, props: result.data } : { ok: false, message: formatZod(result.error), line: undefined };
  }
  // Container: the body between the fences is YAML. Line numbers are counted from the opening fence.
  const bodyText = sourceText.split('\n').slice(1, -1).join('\n');
  const document = parseDocument(bodyText, { prettyErrors: false });
  const yamlError = document.errors[0];
  if (yamlError) {
    // Without prettyErrors the error has no line, only an offset into the body: count the lines up to it.
    const line = bodyText.slice(0, yamlError.pos[0]).split('\n').length;
    return { ok: false, message: `YAML: ${yamlError.message.split('\n')[0]}`, line };
  }
  try {
    return { ok: true, props: definition.parse(document.toJS(), renderInline, attributes) };
  } catch (error) {
    if (error instanceof ZodError) {
      const path = error.issues[0]?.path ?? [];
      const located = document.getIn(path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      const offset = located?.range?.[0];
      const line = offset === undefined ? undefined : bodyText.slice(0, offset).split('\n').length;
      return { ok: false, message: formatZod(error), line };
    }
    return { ok: false, message: error instanceof Error ? error.message : String(error), line: undefined };
  }
}

/** One line per zod issue: `path: message`. */
export function formatZod(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function isDirective(node: Node): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

function sliceSource(body: string, node: Node): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}
