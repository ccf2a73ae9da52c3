// A Chromium that Lighthouse can drive over the DevTools protocol: Debian's binary with the browser tests' flags,
// a fresh profile, and --remote-debugging-port=0 (Chromium picks a free port and writes it to DevToolsActivePort).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/browser.mjs';

const STARTUP_TIMEOUT_MS = 60_000;

/** Starts Chromium for Lighthouse. Resolves with { port, close() }; close() stops it and removes its profile. */
export async function launchDebuggableChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'notebook-bench-'));
  const child = spawn(findChromium(), [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, sleep(5000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    // Chromium's helper processes may still be writing to the profile as they exit. A leftover folder in the temp
    // directory must not fail a run whose measurements are all taken (it did: ENOTEMPTY after a what-if gather).
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`could not remove Chromium's profile ${profile}: ${error.message}`);
    }
  };
  const portFile = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { port, close };
    }
    await sleep(100);
  }
  await close();
  throw new Error(`Chromium did not open a DevTools port within ${STARTUP_TIMEOUT_MS / 1000} s`);
}
