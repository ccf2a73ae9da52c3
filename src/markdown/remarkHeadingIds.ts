import type { Heading as MdHeading, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Heading } from '../content/chapter.ts';
import { report } from './problems.ts';

const ID_SUFFIX = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * Takes the explicit anchor at the end of a heading (`## 标题 {#anchor}`), sets it as the heading's id, and collects
 * `##`/`###` headings for the outline in `file.data.headings`. Anchors are explicit so that zh and en share them. A
 * heading without one gets a slug of its text and a reported problem; a repeated anchor is reported too.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    const headings: Heading[] = [];
    file.data.headings = headings;
    visit(tree, 'heading', (node: MdHeading) => {
      let id: string | undefined;
      const last = node.children.at(-1);
      if (last && last.type === 'text') {
        const match = ID_SUFFIX.exec(last.value);
        if (match) {
          id = match[1];
          (last as Text).value = last.value.slice(0, match.index);
        }
      }
      if (node.depth < 2 || node.depth > 3) return;
      const text = toString(node).trim();
      if (!id) {
        id = fallbackSlug(text);
        report(file, node.position, 'heading', `heading "${text}" has no {#anchor}; using "${id}"`);
      }
      if (seen.has(id)) {
        report(file, node.position, 'heading', `anchor "${id}" is used twice in this chapter`);
      }
      seen.add(id);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      headings.push({ depth: node.depth as 2 | 3, id, text });
    });
  };
}

function fallbackSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}
