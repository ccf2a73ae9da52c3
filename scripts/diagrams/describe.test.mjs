import { describe, expect, it } from 'vitest';
import { describeDiagram } from './describe.mjs';

const chain = {
  type: 'flowchart-v2',
  accTitle: '',
  accDescription: '',
  nodes: [
    { id: 'A', label: 'input h' },
    { id: 'B', label: 'LayerNorm' },
    { id: 'C', label: 'GeLU' },
    { id: 'D', label: 'output' },
  ],
  edges: [
    { from: 'A', to: 'B', label: '' },
    { from: 'B', to: 'C', label: '' },
    { from: 'A', to: 'D', label: 'residual' },
  ],
  groups: [{ label: 'MLP', members: ['C', 'B'] }],
  texts: [],
};

describe('describeDiagram', () => {
  it('titles the diagram after its section and walks the arrows as chains', () => {
    expect(describeDiagram(chain, { heading: 'Where GeLU sits', locale: 'en' })).toEqual({
      title: 'Flowchart: Where GeLU sits',
      description: 'Flowchart: input h → LayerNorm → GeLU. input h —residual→ output. Group “MLP”: GeLU; LayerNorm.',
    });
  });

  it('writes Chinese punctuation for Chinese chapters', () => {
    expect(describeDiagram(chain, { heading: '位置', locale: 'zh' })).toEqual({
      title: '流程图：位置',
      description: '流程图：input h → LayerNorm → GeLU；input h —residual→ output。分组“MLP”：GeLU、LayerNorm。',
    });
  });

  it("prefers the author's accTitle and accDescr", () => {
    const text = describeDiagram({ ...chain, accTitle: 'The MLP', accDescription: 'Two layers.' }, { heading: 'x' });
    expect(text).toEqual({ title: 'The MLP', description: 'Two layers.' });
  });

  it('lists labels when there are no arrows, and falls back to a generic title', () => {
    const loose = { ...chain, type: 'pie', edges: [], groups: [], nodes: [], texts: ['cats', 'dogs'] };
    expect(describeDiagram(loose, { locale: 'en' })).toEqual({ title: 'Diagram', description: 'Diagram: cats; dogs.' });
  });
});
