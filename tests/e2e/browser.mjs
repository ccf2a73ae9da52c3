// Finds a Chromium for the browser tests, the benchmark and screenshots: CHROME_PATH, then Debian's
// /usr/bin/chromium, then an installed Chrome. Where none is found and this machine can install one (root with
// apt-get), it installs Debian's Chromium and says so; otherwise it stops with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const INSTALL = 'apt-get update && apt-get install -y chromium';

/**
 * The path of a Chromium binary, installing Debian's when it can (unless `install` is false: the build only looks).
 * Throws with the install command otherwise.
 */
export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (install && isRoot && hasApt) {
    console.log(`No Chromium found: installing Debian's package (${INSTALL}) …`);
    execFileSync('sh', ['-c', `${INSTALL} >/dev/null`], { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(`No Chromium found. Install one with:\n  sudo ${INSTALL}\nor point CHROME_PATH at a Chrome or Chromium binary.`);
}

/** Flags that work as root on a closed network: no sandbox (root), and no background traffic to Google's hosts. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches Chromium through playwright-core (each context it makes gets a fresh, empty profile), with CHROMIUM_FLAGS
 * and any `extraFlags` after them.
 */
export async function launchChromium(extraFlags = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_FLAGS, ...extraFlags] });
}
