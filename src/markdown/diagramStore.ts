import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagramLookup } from './remarkMermaid.ts';

/** Where prerendered diagrams live, beside the content: content/diagrams/<hash>.{light,dark}.svg or <hash>.error.txt. */
export const DIAGRAM_DIR = 'content/diagrams';

/** The key of a diagram: the first 16 hex digits of the SHA-256 of its source (trailing whitespace trimmed). */
export function diagramHash(source: string): string {
  return createHash('sha256').update(source.trimEnd()).digest('hex').slice(0, 16);
}

/**
 * Looks diagrams up in `root`/`folder` (default content/diagrams): `<hash>.light.svg` and `<hash>.dark.svg`, or
 * `<hash>.error.txt` for a source Mermaid could not parse. Missing files mean "not rendered yet".
 */
export function createDiagramLookup(root: string, folder: string = DIAGRAM_DIR): DiagramLookup {
  const directory = join(root, folder);
  return (source) => {
    const base = join(directory, diagramHash(source));
    if (existsSync(`${base}.error.txt`)) {
      return { kind: 'error', message: readFileSync(`${base}.error.txt`, 'utf8').trim() };
    }
    if (existsSync(`${base}.light.svg`) && existsSync(`${base}.dark.svg`)) {
      return {
        kind: 'svg',
        diagram: { light: readFileSync(`${base}.light.svg`, 'utf8'), dark: readFileSync(`${base}.dark.svg`, 'utf8') },
      };
    }
    return undefined;
  };
}
