// Writes a prerendered page in ASCII only, for the prerender (./prerender.mjs).
//
// Why: a page is UTF-8, and when its HTML holds even a few hundred non-ASCII characters (a dash, θ, the "中文"
// link), Chromium takes far longer to decode it, in the tasks that read the body before the first paint: the tasks
// Lighthouse's simulation leaves out of its first-paint graph (see bench/traceWhatIf.mjs), so they count as blocking
// time. Written as character references, the same page decodes in less than half the time; the DOM is the same,
// character for character.
//
// Only where it pays: each reference costs the tokenizer, and the parse runs after the first paint, where Lighthouse
// counts it. A Chinese chapter, with thousands of characters outside ASCII, decoded faster but parsed slower, for no
// gain. So pages at or above ASCII_SHARE_LIMIT stay as they are: every English page is under 0.25%, every Chinese
// chapter over 1.9%. bench/README.md has the measurements.
//
// Our own code: it is one replacement per context (markup, stylesheet, script), less than a dependency would bring.

const NON_ASCII = /[\u0080-\u{10ffff}]/gu;

/** Raw text elements: character references are not decoded inside them, so their text needs its own escapes. */
const RAW_TEXT = /(<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>)/gi;

const hex = (character) => character.codePointAt(0).toString(16);

/** Pages whose share of non-ASCII characters is at least this are written as they are (see above). */
export const ASCII_SHARE_LIMIT = 0.01;

/** The page to write: asciiOnlyHtml(html) when few of its characters are outside ASCII, else html unchanged. */
export function htmlToWrite(html) {
  const nonAscii = html.match(NON_ASCII)?.length ?? 0;
  return nonAscii < ASCII_SHARE_LIMIT * html.length ? asciiOnlyHtml(html) : html;
}

/** Every non-ASCII character of `html` as a character reference, or, inside scripts and stylesheets, an escape. */
export function asciiOnlyHtml(html) {
  return html
    .split(RAW_TEXT)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(NON_ASCII, (character) => `&#x${hex(character)};`);
      if (/^<style/i.test(part)) return part.replace(NON_ASCII, (character) => `\\${hex(character)} `);
      // Scripts (JSON or JavaScript): \u escapes of UTF-16 code units, which both read as the same string.
      return part.replace(NON_ASCII, (character) =>
        [...Array(character.length).keys()]
          .map((unit) => `\\u${character.charCodeAt(unit).toString(16).padStart(4, '0')}`)
          .join(''),
      );
    })
    .join('');
}
