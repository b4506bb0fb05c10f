import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

// The content script is a classic script: run it in a sandbox without `chrome` and take its relay function.
// Its objects come from another realm, so they are compared through JSON.
function loadRelay() {
  const sandbox = { CustomEvent, Promise, JSON, Array };
  vm.runInNewContext(readFileSync(new URL('../src/content.js', import.meta.url), 'utf8'), sandbox);
  return sandbox.installRelay;
}

function nextPong(target) {
  return new Promise((resolve) => {
    target.addEventListener('certamen:pong', (event) => resolve(JSON.parse(event.detail)), { once: true });
  });
}

test('a ping is answered by a pong carrying the background status', async () => {
  const page = new EventTarget();
  const sent = [];
  loadRelay()(page, async (message) => {
    sent.push(message);
    return { version: '1.0.0', blockingActive: false, blockedAttempts: 0 };
  });
  const answer = nextPong(page);
  page.dispatchEvent(new CustomEvent('certamen:ping'));
  assert.deepEqual(await answer, { version: '1.0.0', blockingActive: false, blockedAttempts: 0 });
  assert.deepEqual(JSON.parse(JSON.stringify(sent)), [{ type: 'status' }]);
});

test('start and question carry the allowed domains and stop is forwarded', async () => {
  const page = new EventTarget();
  const sent = [];
  loadRelay()(page, async (message) => { sent.push(message); return { version: '1.0.0' }; });
  page.dispatchEvent(new CustomEvent('certamen:start', { detail: JSON.stringify({ allowedDomains: ['qwant.com'] }) }));
  page.dispatchEvent(new CustomEvent('certamen:question', { detail: '{not json' }));
  page.dispatchEvent(new CustomEvent('certamen:stop'));
  assert.deepEqual(JSON.parse(JSON.stringify(sent)), [
    { type: 'start', allowedDomains: ['qwant.com'] },
    { type: 'question', allowedDomains: [] },
    { type: 'stop' },
  ]);
});

test('a removed extension falls silent instead of answering', async () => {
  const page = new EventTarget();
  let pongs = 0;
  page.addEventListener('certamen:pong', () => { pongs += 1; });
  loadRelay()(page, () => { throw new Error('Extension context invalidated.'); });
  page.dispatchEvent(new CustomEvent('certamen:ping'));
  const rejecting = new EventTarget();
  rejecting.addEventListener('certamen:pong', () => { pongs += 1; });
  loadRelay()(rejecting, () => Promise.reject(new Error('Could not establish connection.')));
  rejecting.dispatchEvent(new CustomEvent('certamen:ping'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(pongs, 0);
});
