// The text alternative of a prerendered diagram: a <title> and a <desc> in the chapter's language. Mermaid's own
// `accTitle:` / `accDescr:` lines win; otherwise the title comes from the section heading above the diagram and the
// description walks the arrows ("Flowchart: input h → LayerNorm → …").

const WORDS = {
  en: {
    kinds: { flowchart: 'Flowchart', 'flowchart-v2': 'Flowchart', graph: 'Flowchart' },
    diagram: 'Diagram',
    titled: (heading, kind) => `${kind}: ${heading}`,
    group: (label, members) => `Group “${label}”: ${members}`,
    listSeparator: '; ',
    chainSeparator: '. ',
    sentenceEnd: '.',
    sentenceSeparator: ' ',
  },
  zh: {
    kinds: { flowchart: '流程图', 'flowchart-v2': '流程图', graph: '流程图' },
    diagram: '图示',
    titled: (heading, kind) => `${kind}：${heading}`,
    group: (label, members) => `分组“${label}”：${members}`,
    listSeparator: '、',
    chainSeparator: '；',
    sentenceEnd: '。',
    sentenceSeparator: '',
  },
};

/**
 * The title and description of one diagram. `graph` is what scripts/diagrams/inPage.mjs reads from Mermaid:
 * { type, accTitle, accDescription, nodes: [{ id, label }], edges: [{ from, to, label }], groups: [{ label, members }],
 * texts }. `heading` is the nearest section heading ('' when none); `locale` is 'zh' or 'en'.
 */
export function describeDiagram(graph, { heading = '', locale = 'en' } = {}) {
  const words = WORDS[locale] ?? WORDS.en;
  const kind = words.kinds[graph.type] ?? words.diagram;
  const title = graph.accTitle || (heading ? words.titled(heading, kind) : kind);
  const description = graph.accDescription || `${kind}${locale === 'zh' ? '：' : ': '}${structure(graph, words)}`;
  return { title, description };
}

/** The arrows as chains (a → b → c), then the groups with their members; the plain texts when there are no arrows. */
function structure(graph, words) {
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label || node.id]));
  const name = (id) => labels.get(id) ?? id;
  if (graph.edges.length === 0) {
    const texts = graph.nodes.length > 0 ? graph.nodes.map((node) => name(node.id)) : graph.texts;
    return `${texts.join(words.listSeparator)}${words.sentenceEnd}`;
  }
  const chains = [];
  let chain = '';
  let end;
  for (const edge of graph.edges) {
    const arrow = edge.label ? ` —${edge.label}→ ` : ' → ';
    if (chain && edge.from === end) {
      chain += `${arrow}${name(edge.to)}`;
    } else {
      if (chain) chains.push(chain);
      chain = `${name(edge.from)}${arrow}${name(edge.to)}`;
    }
    end = edge.to;
  }
  chains.push(chain);
  const parts = [chains.join(words.chainSeparator)];
  for (const group of graph.groups) {
    const members = group.members.filter((id) => labels.has(id)).map(name);
    if (members.length > 0) parts.push(words.group(group.label, members.join(words.listSeparator)));
  }
  return parts.map((part) => `${part}${words.sentenceEnd}`).join(words.sentenceSeparator);
}
