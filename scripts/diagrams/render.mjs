// Drives Mermaid in Chromium: one blank page per theme with the installed mermaid bundle loaded, so that text is
// measured with real fonts (Noto CJK for Chinese) and the output matches what Mermaid would draw in a reader's browser.
import { createRequire } from 'node:module';
import { launchChromium } from '../../tests/e2e/browser.mjs';
import { finaliseInPage, renderInPage } from './inPage.mjs';

/** The two variants written for every diagram: file suffix → Mermaid theme. */
export const THEMES = { light: 'default', dark: 'dark' };

/**
 * Close to the notebook's sans-serif stack (src/app/styles/theme.css --font-sans), so diagram labels match the prose.
 * It still names system-ui and the two OS X fonts theme.css has dropped (each missing name is a synchronous font
 * lookup in Chromium, which theme.css explains); changing it changes every label's width, so every committed SVG must
 * be regenerated with `npm run diagrams` and looked at in both themes.
 */
export const DIAGRAM_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "PingFang SC", "Hiragino Sans GB", ' +
  '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** Mermaid's configuration for prerendering: strict security, SVG text labels (no foreignObject), stable ids. */
export function mermaidConfig(theme) {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme,
    fontFamily: DIAGRAM_FONT,
    htmlLabels: false, // Mermaid 11 reads the top-level flag; flowchart.htmlLabels alone still gives foreignObject.
    flowchart: { htmlLabels: false },
    deterministicIds: true,
  };
}

/**
 * Opens Chromium with a blank page that has Mermaid loaded (the 3.5 MB bundle is parsed once). Returns
 * { render(id, source, variant), finalise(svg, title, description), close() }; `variant` is a key of THEMES and `id`
 * must start with a letter and hold only letters, digits and hyphens. Mermaid is initialised before every render, so
 * one theme never leaks into the other (scripts/diagrams.mjs renders sequentially; the page is single-threaded).
 */
export async function openRenderer() {
  const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: mermaidBundle });
  return {
    render: (id, source, variant) => page.evaluate(renderInPage, { id, source, config: mermaidConfig(THEMES[variant]) }),
    finalise: (svg, title, description) => page.evaluate(finaliseInPage, { svg, title, description }),
    close: () => browser.close(),
  };
}
