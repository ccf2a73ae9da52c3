// Functions that run inside the Chromium page where Mermaid is loaded (passed to page.evaluate, so each one is
// self-contained: no imports, no outer variables). They render a diagram, read its structure for the text
// alternative, and turn Mermaid's SVG into one that can sit inline beside other diagrams in both themes.

/**
 * Renders one diagram with the page's Mermaid, initialised with `config` first. Resolves with
 * { svg, graph } where `graph` is { type, accTitle, accDescription, nodes: [{ id, label }], edges: [{ from, to, label }],
 * groups: [{ label, members }], texts } for the text alternative, or with { error } holding Mermaid's parse message.
 */
export async function renderInPage({ id, source, config }) {
  const mermaid = window.mermaid;
  mermaid.initialize(config);
  try {
    await mermaid.parse(source);
  } catch (error) {
    return { error: String(error?.message ?? error) };
  }
  let svg;
  try {
    ({ svg } = await mermaid.render(id, source));
  } catch (error) {
    document.getElementById(`d${id}`)?.remove();
    return { error: String(error?.message ?? error) };
  }
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db;
  const plain = (text) => String(text ?? '').replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
  const vertices = db.getVertices ? db.getVertices() : undefined;
  const vertexList = vertices instanceof Map ? [...vertices.values()] : Object.values(vertices ?? {});
  const graph = {
    type: diagram.type,
    accTitle: plain(db.getAccTitle?.()),
    accDescription: plain(db.getAccDescription?.()),
    nodes: vertexList.map((vertex) => ({ id: vertex.id, label: plain(vertex.text ?? vertex.id) })),
    edges: (db.getEdges?.() ?? []).map((edge) => ({ from: edge.start, to: edge.end, label: plain(edge.text) })),
    groups: (db.getSubGraphs?.() ?? []).map((group) => ({ label: plain(group.title), members: [...group.nodes] })),
    texts: [],
  };
  const holder = document.createElement('div');
  holder.innerHTML = svg;
  graph.texts = [...holder.querySelectorAll('text')].map((text) => plain(text.textContent)).filter(Boolean);
  return { svg, graph };
}

/**
 * Rewrites Mermaid's SVG for inline use and serialises it as XML:
 * - every id gets the root's prefix (unique per diagram and theme) and duplicates a counter, with every `url(#…)`,
 *   `href="#…"` and `#id` in the embedded style following the rename;
 * - the embedded stylesheet without the rules an SVG-text flowchart never uses;
 * - role="img" with a <title> and <desc> (aria-labelledby points at both), Mermaid's own roles and titles removed;
 * - the viewBox kept, Mermaid's width="100%" and max-width style replaced by the natural width and height (also as
 *   the custom property --diagram-width), so CSS (`max-width: 100%; height: auto`) scales it down but never up;
 *   no background, so it sits on either page colour;
 * - anything that could run or fetch (script, foreignObject, on* attributes, non-fragment links) removed.
 */
export function finaliseInPage({ svg, title, description }) {
  const holder = document.createElement('div');
  holder.innerHTML = svg;
  const root = holder.querySelector('svg');
  const prefix = root.id;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  for (const element of root.querySelectorAll('script, foreignObject, title, desc')) element.remove();
  const renamed = new Map();
  const used = new Set([prefix]);
  for (const element of root.querySelectorAll('[id]')) {
    const old = element.id;
    const base = old.startsWith(prefix) ? old : `${prefix}-${old}`;
    let unique = base;
    for (let count = 2; used.has(unique); count += 1) unique = `${base}-${count}`;
    used.add(unique);
    if (!renamed.has(old)) renamed.set(old, unique);
    element.id = unique;
  }
  const swap = (id) => renamed.get(id) ?? id;
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) {
        element.removeAttribute(attribute.name);
        continue;
      }
      if (name === 'href' || name === 'xlink:href') {
        if (attribute.value.startsWith('#')) element.setAttribute(attribute.name, `#${swap(attribute.value.slice(1))}`);
        else element.removeAttribute(attribute.name);
        continue;
      }
      if (attribute.value.includes('url(#')) {
        element.setAttribute(attribute.name, attribute.value.replace(/url\(#([^)]+)\)/g, (_, id) => `url(#${swap(id)})`));
      }
    }
  }
  // Mermaid's stylesheet also styles things an inline SVG text diagram never has (HTML tooltips, the "neo" look,
  // KaTeX and icon labels, a :root variable for HTML): drop those selectors (and rules left with none), keep the
  // rest as Chromium serialises them.
  const UNUSED_SELECTOR = /mermaidTooltip|:root|data-look="neo"|\.katex|icon-shape|image-shape|label-icon/;
  for (const style of root.querySelectorAll('style')) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent);
    const kept = [];
    for (const rule of sheet.cssRules) {
      if (rule.selectorText !== undefined) {
        const selectors = rule.selectorText.split(',').filter((selector) => !UNUSED_SELECTOR.test(selector));
        if (selectors.length === 0) continue;
        rule.selectorText = selectors.join(', ');
      }
      kept.push(rule.cssText);
    }
    style.textContent = kept
      .join('')
      .replace(/#([A-Za-z][\w-]*)/g, (match, id) => (renamed.has(id) ? `#${renamed.get(id)}` : match));
  }

  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  root.removeAttribute('style');
  root.removeAttribute('role');
  root.removeAttribute('aria-roledescription');
  root.removeAttribute('aria-describedby');
  if (width > 0 && height > 0) {
    root.setAttribute('width', String(Math.ceil(width)));
    root.setAttribute('height', String(Math.ceil(height)));
    // For CSS that keeps a wide diagram legible on a phone (a minimum scale, then scrolling); CSS decides.
    root.setAttribute('style', `--diagram-width: ${Math.ceil(width)}px`);
  } else {
    root.removeAttribute('width');
  }
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', `${prefix}-title ${prefix}-desc`);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.id = `${prefix}-title`;
  titleElement.textContent = title;
  const descElement = document.createElementNS(SVG_NS, 'desc');
  descElement.id = `${prefix}-desc`;
  descElement.textContent = description;
  root.prepend(titleElement, descElement);
  return new XMLSerializer().serializeToString(root);
}
