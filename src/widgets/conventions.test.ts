import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { widgetRegistry } from './registry.ts';

/**
 * The widget convention (README, "Adding a widget"), checked: one folder per widget, named as its directive, with
 * props.ts (its vocabulary), definition.ts (registration only), strings.ts (STRINGS for both locales), and one line in
 * registry.ts. A new widget that skips a part fails here with the part named.
 */
const widgetsDirectory = import.meta.dirname;
const folders = readdirSync(widgetsDirectory, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const read = (folder: string, file: string) => readFileSync(join(widgetsDirectory, folder, file), 'utf8');
const filesOf = (folder: string) => readdirSync(join(widgetsDirectory, folder)).filter((name) => /\.tsx?$/.test(name));

/** The relative modules a file imports statically (dynamic `import('./X.tsx')` is how definition.ts loads a component). */
const staticImports = (text: string) => [...text.matchAll(/^(?:import|export)[^;]*?from '(\.[^']+)'/gm)].map((match) => match[1]!);

describe('the widget convention', () => {
  it('registers exactly the widget folders, each under its folder’s name', () => {
    expect(Object.keys(widgetRegistry).sort()).toEqual(folders);
  });

  it.each(folders)('%s has props.ts, definition.ts and strings.ts', (folder) => {
    expect(filesOf(folder)).toEqual(expect.arrayContaining(['props.ts', 'definition.ts', 'strings.ts']));
  });

  it.each(folders)('%s: definition.ts only registers (it imports props.ts and types, and loads the component lazily)', (folder) => {
    const text = read(folder, 'definition.ts');
    const local = staticImports(text).filter((path) => path.startsWith('./'));
    expect(local).toEqual(['./props.ts']);
    expect(text).toMatch(/load: \(\) => import\('\.\/[A-Z]\w+\.tsx'\)/);
    expect(text).toMatch(/reserve: [A-Z_]+_RESERVE/);
  });

  it.each(folders)('%s: nothing but tests imports definition.ts (components import props.ts)', (folder) => {
    const importers = filesOf(folder)
      .filter((file) => !/\.test\.tsx?$/.test(file))
      .filter((file) => staticImports(read(folder, file)).includes('./definition.ts'));
    expect(importers).toEqual([]);
  });

  it.each(folders)('%s: strings.ts exports STRINGS with both locales', async (folder) => {
    const module = (await import(`./${folder}/strings.ts`)) as { STRINGS?: Record<string, unknown> };
    expect(Object.keys(module.STRINGS ?? {}).sort()).toEqual(['en', 'zh']);
  });

  it.each(folders)('%s formats its numbers with src/ui/formatNumber.ts, not a formatter of its own', (folder) => {
    // Reader-facing digits come from one place. SVG coordinates and CSS lengths may use toFixed (nobody reads them),
    // and Number(x.toPrecision(n)) rounds a number rather than writing one.
    const writesDigits = (line: string) =>
      /\.toExponential\(|new Intl\.NumberFormat|toLocaleString\(/.test(line) ||
      (/\.toPrecision\(/.test(line) && !/Number\([\w.]+\.toPrecision\(/.test(line));
    const own = filesOf(folder)
      .filter((file) => !/\.test\.tsx?$/.test(file))
      .filter((file) => read(folder, file).split('\n').some(writesDigits));
    expect(own).toEqual([]);
  });
});
