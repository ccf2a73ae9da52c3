import { isDarkTheme } from '../theme/theme.ts';

let renderCount = 0;

/**
 * Draws diagrams that have no prerendered SVG yet, in the dev server, with Mermaid in strict security mode, so an
 * edited diagram shows live. Mermaid's code is fetched only when such a diagram exists. A diagram that fails to parse
 * gets an error box with the source and the parser's message.
 *
 * The production build ships no Mermaid at all: its diagrams are SVGs made by `npm run diagrams`, and a test fails
 * when one is missing; should one slip through, the reader sees its source and a box saying so.
 */
export async function renderPendingDiagrams(container: HTMLElement): Promise<void> {
  const pending = [...container.querySelectorAll<HTMLElement>('.diagram--pending[data-mermaid-source]')];
  if (pending.length === 0) return;
  if (!import.meta.env.DEV) {
    for (const figure of pending) {
      const message = 'this diagram has no prerendered SVG: run `npm run diagrams` and rebuild';
      figure.replaceChildren(errorBox(figure, figure.dataset.mermaidSource ?? '', new Error(message)));
      figure.classList.remove('diagram--pending');
    }
    return;
  }
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    htmlLabels: false, // SVG text, as in the prerendered diagrams (flowchart.htmlLabels alone is not enough in Mermaid 11)
    theme: isDarkTheme() ? 'dark' : 'default',
    flowchart: { htmlLabels: false },
    fontFamily: 'system-ui, sans-serif',
  });
  for (const figure of pending) {
    const source = figure.dataset.mermaidSource ?? '';
    renderCount += 1;
    const id = `mermaid${renderCount}`;
    try {
      const { svg } = await mermaid.render(id, source);
      figure.innerHTML = svg; // Mermaid's output in strict mode, sanitised by its DOMPurify pass.
      figure.classList.remove('diagram--pending');
    } catch (error) {
      document.getElementById(`d${id}`)?.remove(); // Mermaid leaves its scratch element behind on failure.
      figure.replaceChildren(errorBox(figure, source, error));
      figure.classList.remove('diagram--pending');
    }
  }
}

/** The same markup as the ErrorBox component, built with text nodes only (nothing from the source is parsed as HTML). */
function errorBox(figure: HTMLElement, source: string, error: unknown): HTMLElement {
  const box = document.createElement('div');
  box.className = 'error-box';
  box.dataset.errorBox = '';
  const title = document.createElement('p');
  title.className = 'error-box__title';
  const strong = document.createElement('strong');
  strong.textContent = 'Diagram';
  title.append(strong);
  if (figure.dataset.file) {
    const where = document.createElement('code');
    where.textContent = `${figure.dataset.file}:${figure.dataset.line ?? ''}`;
    title.append(' · ', where);
  }
  const message = document.createElement('p');
  message.className = 'error-box__message';
  message.textContent = error instanceof Error ? error.message : String(error);
  const pre = document.createElement('pre');
  pre.className = 'error-box__source';
  const code = document.createElement('code');
  code.textContent = source;
  pre.append(code);
  box.append(title, message, pre);
  return box;
}
