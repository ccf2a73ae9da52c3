import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANDING_REDIRECT } from '../../scripts/prerender.mjs';
import { rememberLocale } from './localeChoice.ts';
import { LOCALE_STORAGE_KEY, PERSISTED_NAMES, THEME_STORAGE_KEY } from './storageKeys.ts';
import { storeThemeChoice } from './themeChoice.ts';

const root = join(import.meta.dirname, '..', '..');
const KEYS_FILE = 'src/storage/storageKeys.ts';
const THIS_FILE = 'src/storage/storageKeys.test.ts';

/** Every source file a storage name could hide in: code, tests, scripts, the bench and the page template. */
function sourceFiles(): { file: string; text: string }[] {
  const files: { file: string; text: string }[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(join(root, directory), { withFileTypes: true })) {
      const path = `${directory}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|mjs|js|html)$/.test(entry.name)) files.push({ file: path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  for (const directory of ['src', 'scripts', 'tests', 'bench']) walk(directory);
  for (const file of ['index.html', 'vite.config.ts', 'vitest.config.ts']) {
    files.push({ file, text: readFileSync(join(root, file), 'utf8') });
  }
  return files.filter(({ file }) => file !== KEYS_FILE && file !== THIS_FILE);
}

/** The app's own code: src/ without its tests and test helpers. */
const isAppCode = (file: string) => file.startsWith('src/') && !/(\.test|\/testing)\.tsx?$/.test(file);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const listed = new Set(PERSISTED_NAMES.map((entry) => entry.name));

/**
 * Calls that name where data is kept, with a literal name as their first argument: localStorage and sessionStorage
 * keys, IndexedDB databases (the browser's own API and idb's), object stores, and broadcast channels.
 */
const STORAGE_CALL =
  /(?:(?:local|session)Storage\.(?:getItem|setItem|removeItem)|indexedDB\.(?:open|deleteDatabase)|\b(?:openDB|deleteDB)|new BroadcastChannel|\.(?:objectStore|createObjectStore|deleteObjectStore|transaction))\(\s*\[?\s*(['"`])([^'"`]*)\1/g;

describe('the list of persisted names (src/storage/storageKeys.ts)', () => {
  const files = sourceFiles();

  it('holds each name once', () => {
    expect(listed.size).toBe(PERSISTED_NAMES.length);
  });

  it('is the only place in the app’s code that spells a name out: the rest uses its constant', () => {
    const spelled = files
      .filter(({ file }) => isAppCode(file))
      .flatMap(({ file, text }) =>
        PERSISTED_NAMES.filter(({ name, kind }) => {
          // Object store names are common words ("reviews"): count them only where IndexedDB is given them.
          if (kind === 'IndexedDB object store') return new RegExp(`\\.(?:objectStore|createObjectStore|count|get|getAll|put|add|delete|clear)\\(\\s*(['"\`])${escape(name)}\\1`).test(text);
          return new RegExp(`(['"\`])${escape(name)}\\1`).test(text);
        }).map(({ name }) => `${file}: '${name}'`),
      );
    expect(spelled).toEqual([]);
  });

  it('names every place the notebook stores data: a literal name in a storage call anywhere is a listed one', () => {
    const unlisted = files.flatMap(({ file, text }) =>
      [...text.matchAll(STORAGE_CALL)]
        .map((match) => match[2]!)
        // In the app's code even a listed name must come through its constant (the test above). Elsewhere it must at
        // least be a listed one: index.html, the prerender script and browser tests cannot import TypeScript, and a
        // unit test may pin a name as an old version wrote it (a migration's fixture must not follow a rename).
        .filter((name) => isAppCode(file) || !listed.has(name))
        .map((name) => `${file}: '${name}'`),
    );
    expect(unlisted).toEqual([]);
  });

  it('has no unlisted key in the notebook’s own namespace ("notebook." and the database’s name)', () => {
    const unlisted = files.flatMap(({ file, text }) =>
      [...text.matchAll(/(['"`])((?:notebook\.|chatgpt-study-notebook)[\w.:-]*)\1/g)]
        .map((match) => match[2]!)
        .filter((name) => !listed.has(name))
        // The export file's format tag names a file format, not a place in the browser.
        .filter((name) => name !== 'chatgpt-study-notebook/progress')
        .map((name) => `${file}: '${name}'`),
    );
    expect(unlisted).toEqual([]);
  });

  it('lists nothing that is not used: each name’s constant is read by code outside the list', () => {
    const keysSource = readFileSync(join(root, KEYS_FILE), 'utf8');
    const constants = new Map([...keysSource.matchAll(/export const (\w+) = '([^']+)'/g)].map((match) => [match[2]!, match[1]!]));
    // Object stores are members of an object constant (STORE.reviews, MODEL_STORE.models): read every such member.
    for (const [, object, body] of keysSource.matchAll(/export const (\w+) = \{([^}]*)\} as const/g)) {
      for (const [, key, value] of body!.matchAll(/(\w+): '([^']+)'/g)) constants.set(value!, `${object}.${key}`);
    }
    const code = files.filter(({ file }) => isAppCode(file));
    const unused = PERSISTED_NAMES.filter(({ name }) => {
      const constant = constants.get(name);
      return constant === undefined || !code.some(({ text }) => new RegExp(`\\b${escape(constant)}\\b`).test(text));
    }).map(({ name }) => name);
    expect(unused).toEqual([]);
  });
});

/** localStorage in memory, recording the keys read. */
class MemoryStorage {
  readonly values = new Map<string, string>();
  readonly read: string[] = [];
  getItem(key: string): string | null {
    this.read.push(key);
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, String(value));
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

/** The body of the first `<script>` without attributes in `html`. */
function inlineScript(html: string): string {
  const match = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no inline <script> found');
  return match[1]!;
}

describe('scripts that run before the app read the keys the app writes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('index.html applies the theme stored by storeThemeChoice before the first paint', () => {
    const script = inlineScript(readFileSync(join(root, 'index.html'), 'utf8'));
    for (const choice of ['light', 'dark', 'system'] as const) {
      const storage = new MemoryStorage();
      vi.stubGlobal('localStorage', storage);
      storeThemeChoice(choice);
      const attributes = new Map<string, string>();
      runInNewContext(script, {
        localStorage: storage,
        document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
      });
      expect(storage.read).toEqual([THEME_STORAGE_KEY]);
      expect(attributes.get('data-theme')).toBe(choice === 'system' ? undefined : choice);
    }
  });

  it('the landing page sends the reader to the language rememberLocale stored, else the browser’s', () => {
    const script = inlineScript(LANDING_REDIRECT);
    const redirect = (remembered: 'zh' | 'en' | undefined, browserLanguage: string) => {
      const storage = new MemoryStorage();
      vi.stubGlobal('localStorage', storage);
      if (remembered) rememberLocale(remembered);
      let target: string | undefined;
      runInNewContext(script, {
        localStorage: storage,
        navigator: { language: browserLanguage },
        location: { search: '?gelu-lab.x=2', hash: '#erf', replace: (url: string) => (target = url) },
      });
      expect(storage.read).toEqual([LOCALE_STORAGE_KEY]);
      return target;
    };
    expect(redirect('zh', 'en-GB')).toBe('/zh/?gelu-lab.x=2#erf');
    expect(redirect('en', 'zh-CN')).toBe('/en/?gelu-lab.x=2#erf');
    expect(redirect(undefined, 'zh-CN')).toBe('/zh/?gelu-lab.x=2#erf');
    expect(redirect(undefined, 'fr')).toBe('/en/?gelu-lab.x=2#erf');
  });
});
