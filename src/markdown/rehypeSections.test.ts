import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { rehypeSections, SECTION_CLASS } from './rehypeSections.ts';

function run(children: Root['children']): Root {
  const tree: Root = { type: 'root', children };
  rehypeSections()(tree);
  return tree;
}

const shape = (tree: Root) =>
  tree.children.map((node) => (node.type === 'element' ? `${node.tagName}(${node.children.map((child) => (child.type === 'element' ? child.tagName : child.type)).join(',')})` : node.type));

describe('rehypeSections', () => {
  it('wraps every h2 with what follows it up to the next h2, leaving the introduction outside', () => {
    const tree = run([h('p', 'intro'), h('h2', 'A'), h('p', 'a1'), { type: 'text', value: '\n' }, h('h3', 'A.1'), h('p', 'a2'), h('h2', 'B'), h('ul')]);
    expect(shape(tree)).toEqual(['p(text)', 'section(h2,p,text,h3,p)', 'section(h2,ul)']);
    expect((tree.children[1] as Element).properties.className).toEqual([SECTION_CLASS]);
  });

  it('ends the last section at the footnotes, which stay a top-level section of their own', () => {
    const tree = run([h('h2', 'A'), h('p'), h('section', { dataFootnotes: true, className: ['footnotes'] }, [h('h2', 'Notes')])]);
    expect(shape(tree)).toEqual(['section(h2,p)', 'section(h2)']);
    expect((tree.children[1] as Element).properties.className).toEqual(['footnotes']);
  });

  it('leaves a chapter without h2 as it is', () => {
    expect(shape(run([h('p'), h('h3'), h('p')]))).toEqual(['p()', 'h3()', 'p()']);
  });
});
