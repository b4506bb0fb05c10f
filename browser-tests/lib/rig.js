import { after, before } from 'node:test';
import { launchBrowser } from './browser.js';
import { startExamServer } from './exam-server.js';
import { startFakeSites } from './fake-sites.js';

/**
 * An exam server, the fake answer sites and Chromium (with or without the extension), started side
 * by side: the JVM's start is the slow part. `stop()` closes whatever started, even after a failed start.
 */
export async function startRig({ staffToken, withExtension, serverArgs = [] }) {
  let fakeSites;
  let browser;
  let server;
  const stop = async () => {
    await browser?.close();
    await fakeSites?.stop();
    await server?.stop();
  };
  const sitesThenBrowser = startFakeSites().then(async (sites) => {
    fakeSites = sites;
    browser = await launchBrowser({ withExtension, fakeSitesPort: sites.port });
  });
  const serverStarted = startExamServer({ staffToken, extraArgs: serverArgs }).then((started) => {
    server = started;
  });
  const results = await Promise.allSettled([serverStarted, sitesThenBrowser]);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  return { server, browser, stop };
}

/**
 * Starts a rig before the file's tests and stops it after them (node:test hooks); returns it, its
 * `server` and `browser` set once started.
 */
export function rigForTests(options) {
  const rig = {};
  before(async () => Object.assign(rig, await startRig(options)));
  after(() => rig.stop?.());
  return rig;
}
