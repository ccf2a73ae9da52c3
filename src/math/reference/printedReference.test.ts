import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Whether this machine can run the numpy scripts. */
const canRun = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;

// attention.py and sampling.py print their JSON rather than writing it (each says how at its top); this proves the
// committed files are what they print. Where Python or numpy is missing, the committed files are still what the tests
// use, and this is skipped.
describe('the numpy reference values (attention.json, sampling.json)', () => {
  it.skipIf(!canRun).each(['attention', 'sampling'])('%s.json is exactly what %s.py prints', (name) => {
    const result = spawnSync('python3', [join(import.meta.dirname, `${name}.py`)], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(join(import.meta.dirname, `${name}.json`), 'utf8')));
  });
});
