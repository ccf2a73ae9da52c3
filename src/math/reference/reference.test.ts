import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'reference.py');
/** Whether this machine can run the generator: Python 3 with mpmath. */
const canRun = spawnSync('python3', ['-c', 'import mpmath'], { encoding: 'utf8' }).status === 0;

describe('the reference values (src/math/reference/*.json)', () => {
  // Where Python or mpmath is missing the committed files are still what the tests use; this only proves they are
  // what the script computes.
  it.skipIf(!canRun)('are exactly what reference.py computes (python3 reference.py --check)', () => {
    const result = spawnSync('python3', [script, '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
