/**
 * A small HTML scanner for the static HTML our own Markdown pipeline writes: enough to find tags, their attributes
 * and the text between them, with offsets. It is not a general HTML parser (no implied end tags, no foreign-content
 * rules), and it does not need to be: the input is well-formed output of hast-util-to-html.
 */

/** One piece of an HTML string. `start`/`end` are offsets into the string (end exclusive). */
export type HtmlToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; text: string; start: number; end: number };

/** Elements with no content and no end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

/** Elements whose content is raw text, never markup. */
const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', times: '×', minus: '−', middot: '·', shy: '',
};

/** Decodes character references (`&amp;`, `&#39;`, `&#x3C;` and the common named ones); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const TAG_NAME = /[^\s/>]+/y;
const ATTRIBUTE_NAME = /[^\s/>=]+/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const WHITESPACE = /\s*/y;

/** Matches a sticky pattern at `position`; returns the matched text ('' when none). */
function matchAt(pattern: RegExp, html: string, position: number): string {
  pattern.lastIndex = position;
  return pattern.exec(html)?.[0] ?? '';
}

/** Reads the attributes of a start tag from `position` up to its `>`; returns them and where the tag ends. */
function readAttributes(html: string, position: number): { attributes: Record<string, string>; selfClosing: boolean; end: number } {
  const attributes: Record<string, string> = {};
  let index = position;
  let selfClosing = false;
  while (index < html.length) {
    index += matchAt(WHITESPACE, html, index).length;
    const char = html[index];
    if (char === undefined) break;
    if (char === '>') return { attributes, selfClosing, end: index + 1 };
    if (char === '/') {
      selfClosing = html[index + 1] === '>';
      index += 1;
      continue;
    }
    const name = matchAt(ATTRIBUTE_NAME, html, index) || char;
    index += name.length;
    index += matchAt(WHITESPACE, html, index).length;
    if (html[index] !== '=') {
      attributes[name.toLowerCase()] = '';
      continue;
    }
    index += 1;
    index += matchAt(WHITESPACE, html, index).length;
    const quote = html[index];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, index + 1);
      const valueEnd = close === -1 ? html.length : close;
      value = html.slice(index + 1, valueEnd);
      index = valueEnd + 1;
    } else {
      value = matchAt(UNQUOTED_VALUE, html, index);
      index += value.length;
    }
    attributes[name.toLowerCase()] = decodeEntities(value);
  }
  return { attributes, selfClosing, end: html.length };
}

/**
 * Splits HTML into start tags, end tags and (decoded) text, in order. Comments, doctypes and the content of
 * script/style elements produce no text. A `<` that starts no tag is text.
 */
export function scanHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let index = 0;
  let textStart = 0;
  const flushText = (until: number) => {
    if (until > textStart) tokens.push({ kind: 'text', text: decodeEntities(html.slice(textStart, until)), start: textStart, end: until });
  };
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) break;
    const next = html[open + 1] ?? '';
    if (html.startsWith('<!--', open)) {
      flushText(open);
      const close = html.indexOf('-->', open + 4);
      index = textStart = close === -1 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      flushText(open);
      const close = html.indexOf('>', open);
      index = textStart = close === -1 ? html.length : close + 1;
    } else if (next === '/' && /[a-z]/i.test(html[open + 2] ?? '')) {
      flushText(open);
      const close = html.indexOf('>', open);
      const end = close === -1 ? html.length : close + 1;
      const name = matchAt(TAG_NAME, html, open + 2).toLowerCase();
      tokens.push({ kind: 'close', name, start: open, end });
      index = textStart = end;
    } else if (/[a-z]/i.test(next)) {
      flushText(open);
      const rawName = matchAt(TAG_NAME, html, open + 1);
      const name = rawName.toLowerCase();
      const { attributes, selfClosing, end } = readAttributes(html, open + 1 + rawName.length);
      tokens.push({ kind: 'open', name, attributes, selfClosing, start: open, end });
      index = textStart = end;
      if (RAW_TEXT_ELEMENTS.has(name) && !selfClosing) {
        // Raw text: skip to the matching end tag without reading markup inside.
        const endTag = new RegExp(`</${name}`, 'gi');
        endTag.lastIndex = end;
        const close = endTag.exec(html)?.index ?? -1;
        const closeEnd = close === -1 ? html.length : html.indexOf('>', close) + 1 || html.length;
        if (close !== -1) tokens.push({ kind: 'close', name, start: close, end: closeEnd });
        index = textStart = closeEnd;
      }
    } else {
      index = open + 1; // A lone `<` is text.
    }
  }
  flushText(html.length);
  return tokens;
}
