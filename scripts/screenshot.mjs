#!/usr/bin/env node
// Takes screenshots of pages of a running notebook, to look at them as a reader would.
//   node scripts/screenshot.mjs http://127.0.0.1:4173 /en/gelu/ [--width 390] [--dark] [--out shot.png] [--full]
//     [--selector .gelu-lab [--element]] [--scroll 1200] [--wait 300]
import { launchChromium } from '../tests/e2e/browser.mjs';

const [base, path = '/', ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const index = rest.indexOf(`--${name}`);
  return index >= 0 ? rest[index + 1] : fallback;
};
const width = Number(option('width', 1280));
const out = option('out', '/tmp/shot.png');
const context = await launchChromium();
const page = await context.newPage();
await page.setViewportSize({ width, height: Number(option('height', 900)) });
if (rest.includes('--dark')) await page.emulateMedia({ colorScheme: 'dark' });
page.on('console', (message) => { if (message.type() === 'error') console.log('console error:', message.text()); });
page.on('pageerror', (error) => console.log('page error:', error.message));
await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
if (rest.includes('--scroll')) await page.evaluate((y) => window.scrollTo(0, y), Number(option('scroll', 0)));
const selector = option('selector', undefined);
if (selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(Number(option('wait', 300)));
}
await page.waitForTimeout(Number(option('wait', 300)));
if (selector && rest.includes('--element')) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: rest.includes('--full') });
await context.close();
console.log(out);
