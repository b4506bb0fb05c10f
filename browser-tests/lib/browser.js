// Launches Debian's Chromium (never a downloaded browser) with or without the Certamen extension.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { FAKE_DOMAINS } from './fake-sites.js';

export const EXTENSION_DIR = fileURLToPath(new URL('../../browser-extension', import.meta.url));
export const EXTENSION_ID = 'mjmlmdnkobepahdgbendbkhfjoakgpke';
// Test runs keep their screenshots under target/ (ignored); scripts/screenshots.sh points this at docs/screenshots.
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR
  ?? fileURLToPath(new URL('../target/screenshots', import.meta.url));

/**
 * A persistent Chromium context (extensions need one); `close()` also removes its profile directory.
 * `cspViolations` lists what the pages' Content-Security-Policy refused.
 */
export async function launchBrowser({ withExtension, fakeSitesPort }) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'certamen-chromium-'));
  const mapped = FAKE_DOMAINS.map((domain) => `MAP ${domain} 127.0.0.1:${fakeSitesPort}`).join(', ');
  const args = [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--lang=fr-FR', '--ignore-certificate-errors', `--host-resolver-rules=${mapped}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false, // --headless=new above: the new headless mode runs extensions
    args,
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
  });
  // A page broken by the server's Content-Security-Policy says so in its console.
  const cspViolations = [];
  const watch = (page) => page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  context.pages().forEach(watch);
  context.on('page', watch);
  let serviceWorker = null;
  if (withExtension) {
    serviceWorker = context.serviceWorkers().find((w) => w.url().includes(EXTENSION_ID))
      ?? await context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(EXTENSION_ID) });
  }
  return {
    context,
    serviceWorker,
    cspViolations,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the page's viewport as NAME.png (browser-tests/target/screenshots unless told otherwise). */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Navigates and resolves with the network error name (e.g. net::ERR_BLOCKED_BY_CLIENT), or null when it loaded. */
export async function navigationError(page, url) {
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return null;
  } catch (error) {
    const match = /net::[A-Z_]+/.exec(error.message);
    if (!match) throw error;
    return match[0];
  }
}
