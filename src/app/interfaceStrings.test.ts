import { describe, expect, it } from 'vitest';
import { STRINGS as adamLabStrings } from '../widgets/adam-lab/strings.ts';
import { STRINGS as geluLabStrings } from '../widgets/gelu-lab/strings.ts';
import { STRINGS as pipelineStrings } from '../markdown/strings.ts';
import { STRINGS as quizBlockStrings } from '../widgets/quiz/strings.ts';
import { STRINGS as softmaxLabStrings } from '../widgets/softmax-lab/strings.ts';
import { searchStrings } from './search/strings.ts';
import { uiStrings } from './strings.ts';

/**
 * A stand-in for any argument a string function takes: every property and call gives it back, and as text it is "2".
 * So `(facts) => \`…${facts.minimum[0]}…\`` and `(n) => \`${n} 道题\`` both produce their text.
 */
const anything: unknown = new Proxy(() => anything, {
  get: (_target, key) => (key === Symbol.toPrimitive ? () => '2' : key === 'length' ? 2 : anything),
  apply: () => anything,
});

/** Every text a string table can produce: plain strings, and functions called with stand-in arguments. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[`${path}(…)`, String((value as (...args: unknown[]) => unknown)(anything, anything, anything))]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  return [];
}

const TABLES: Record<string, { zh: unknown; en: unknown }> = {
  uiStrings,
  pipelineStrings,
  searchStrings,
  geluLabStrings,
  adamLabStrings,
  softmaxLabStrings,
  quizBlockStrings,
};

// The shell's and the widgets' string tables (the quiz's own are checked in src/quiz/ui/strings.test.ts).
describe('interface text of the shell and the widgets', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: the Chinese text uses full-width punctuation`, () => {
      // ASCII , : ; ? ! ( ) next to Chinese text are full-width marks folded by a compatibility normalisation.
      const halfWidth = texts(table.zh, `${name}.zh`).filter(([, text]) => /[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]|[(（][^()（）]*[\u4e00-\u9fff][^()（）]*\)/u.test(text));
      expect(halfWidth).toEqual([]);
    });

    it(`${name}: both languages have the same keys`, () => {
      const keys = (locale: unknown) => texts(locale, '').map(([path]) => path).sort();
      expect(keys(table.zh)).toEqual(keys(table.en));
    });
  }
});
