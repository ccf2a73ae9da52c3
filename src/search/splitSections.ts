import { scanHtml } from './htmlTokens.ts';

/** One part of a chapter's HTML: a `##`/`###` heading and what follows it up to the next such heading. */
export interface HtmlSection {
  /** The heading's id; undefined for the part before the first heading (the chapter's introduction). */
  headingId: string | undefined;
  /** The heading's inner HTML ('' for the introduction). */
  headingHtml: string;
  /** The HTML after the heading, up to the next section heading. */
  bodyHtml: string;
  /** `data-instance` of every widget slot in the body, in order. */
  widgetInstances: string[];
}

/**
 * Splits a chapter's static HTML at its `<h2 id=…>` and `<h3 id=…>` headings. Only ids in `headingIds` start a
 * section (the chapter's outline is the authority), so a generated heading such as the hidden footnote label stays
 * inside the section before it. Without `headingIds`, every h2/h3 with an id starts a section.
 */
export function splitSections(html: string, headingIds?: ReadonlySet<string>): HtmlSection[] {
  const sections: HtmlSection[] = [];
  const tokens = scanHtml(html);
  let current: { headingId: string | undefined; headingHtml: string; bodyStart: number; widgetInstances: string[] } = {
    headingId: undefined,
    headingHtml: '',
    bodyStart: 0,
    widgetInstances: [],
  };
  const finish = (bodyEnd: number) => {
    sections.push({
      headingId: current.headingId,
      headingHtml: current.headingHtml,
      bodyHtml: html.slice(current.bodyStart, bodyEnd),
      widgetInstances: current.widgetInstances,
    });
  };

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'open') continue;
    const instance = token.attributes['data-instance'];
    if (instance !== undefined && 'data-widget' in token.attributes) current.widgetInstances.push(instance);
    if (token.name !== 'h2' && token.name !== 'h3') continue;
    const id = token.attributes.id;
    if (!id || (headingIds && !headingIds.has(id))) continue;
    const closeIndex = tokens.findIndex((candidate, at) => at > index && candidate.kind === 'close' && candidate.name === token.name);
    const close = closeIndex === -1 ? undefined : tokens[closeIndex];
    finish(token.start);
    current = {
      headingId: id,
      headingHtml: html.slice(token.end, close?.start ?? token.end),
      bodyStart: close?.end ?? token.end,
      widgetInstances: [],
    };
    if (closeIndex !== -1) index = closeIndex;
  }
  finish(html.length);
  return sections;
}
