// The exam page's small modules, run in Node without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

register('../lib/served-paths.js', import.meta.url);
const pageModule = (name) => import(new URL(`../../exam-server/src/main/resources/webroot/exam/${name}`, import.meta.url));
const { formatClock, formatSpoken } = await pageModule('time-format.js');
const { retryDelaySeconds } = await pageModule('api.js');
const { ExtensionLink, SILENCE_LIMIT_MILLIS, isOlderVersion } = await pageModule('extension-link.js');
const { REFUSALS, UNKNOWN_REFUSAL, refusalMessage } = await pageModule('refusals.js');
const OPENAPI = JSON.parse(readFileSync(new URL('../../exam-server/src/main/resources/openapi.json', import.meta.url)));
const CANDIDATE_PATHS = ['/api/candidate-sessions', '/api/me/exam', '/api/me/exam/start', '/api/me/exam/answers',
  '/api/me/exam/alerts', '/api/me/heartbeat'];
const { isoDate } = await pageModule('birthdate.js');
const { french } = await pageModule('typography.js');

test('a birth date typed as day, month and year becomes an ISO date', () => {
  assert.equal(isoDate('27', '3', '2008'), '2008-03-27');
  assert.equal(isoDate('01', '12', '1999'), '1999-12-01');
  assert.equal(isoDate('29', '2', '2008'), '2008-02-29');
});

test('a birth date that does not exist is refused', () => {
  assert.equal(isoDate('29', '2', '2007'), null);
  assert.equal(isoDate('31', '4', '2008'), null);
  assert.equal(isoDate('12', '13', '2008'), null);
  assert.equal(isoDate('12', '3', '08'), null);
  assert.equal(isoDate('', '3', '2008'), null);
  assert.equal(isoDate('1a', '3', '2008'), null);
});

test('the clock shows hours only when needed and never a negative time', () => {
  assert.equal(formatClock(105 * 60), '1:45:00');
  assert.equal(formatClock(9 * 60 + 5), '9:05');
  assert.equal(formatClock(59.9), '0:59');
  assert.equal(formatClock(-3), '0:00');
});

test('the spoken time rounds up to the minute, in French, each number kept with its unit', () => {
  const spoken = (seconds) => formatSpoken(seconds).replaceAll('\u00a0', '_');
  assert.equal(spoken(105 * 60), '1_heure 45_minutes');
  assert.equal(spoken(2 * 3600), '2_heures');
  assert.equal(spoken(61), '2_minutes');
  assert.equal(spoken(30), '1_minute');
});

test('retries back off up to ten seconds', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(retryDelaySeconds), [1, 2, 4, 8, 10, 10]);
});

test('the extension counts as present until it has been silent for the limit', () => {
  let now = 0;
  const window = new EventTarget();
  const link = new ExtensionLink(window, () => now);
  assert.equal(link.isPresent(), false);
  window.addEventListener('certamen:ping', () => window.dispatchEvent(new CustomEvent('certamen:pong', {
    detail: JSON.stringify({ version: '1.0.0', blockingActive: true, blockedAttempts: 3 }),
  })));
  link.ping();
  assert.deepEqual(link.current(), { version: '1.0.0', blockingActive: true, blockedAttempts: 3 });
  now += SILENCE_LIMIT_MILLIS;
  assert.equal(link.isPresent(), true);
  now += 1;
  assert.equal(link.isPresent(), false);
  assert.equal(link.current(), null);
});

test('a pong that is not the extension\'s is ignored', () => {
  const window = new EventTarget();
  const link = new ExtensionLink(window, () => 0);
  window.dispatchEvent(new CustomEvent('certamen:pong', { detail: '{"blockingActive":true}' }));
  window.dispatchEvent(new CustomEvent('certamen:pong', { detail: 'not json' }));
  assert.equal(link.isPresent(), false);
});

test('start and question messages carry the allowed domains as JSON', () => {
  const window = new EventTarget();
  const received = [];
  for (const name of ['certamen:start', 'certamen:question', 'certamen:stop']) {
    window.addEventListener(name, (event) => received.push([name, JSON.parse(event.detail)]));
  }
  const link = new ExtensionLink(window, () => 0);
  link.start(['qwant.com']);
  link.question([]);
  link.stop();
  assert.deepEqual(received, [
    ['certamen:start', { allowedDomains: ['qwant.com'] }],
    ['certamen:question', { allowedDomains: [] }],
    ['certamen:stop', {}],
  ]);
});

test('every refusal the candidate\'s endpoints document has a French sentence for the pupil', () => {
  const documented = new Set();
  for (const path of CANDIDATE_PATHS) {
    for (const operation of Object.values(OPENAPI.paths[path])) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status >= '400') for (const code of response.description.match(/\b[A-Z]+(?:_[A-Z]+)+\b/g) ?? []) documented.add(code);
      }
    }
  }
  assert.ok(documented.has('SESSION_FINALIZED') && documented.has('STALE_QUESTION'), [...documented].join(' '));
  const missing = [...documented].filter((code) => !(code in REFUSALS));
  assert.deepEqual(missing, []);
});

test('a refusal reads as French sentences, never as its code', () => {
  for (const [code, sentence] of Object.entries({ ...REFUSALS, UNKNOWN: UNKNOWN_REFUSAL })) {
    assert.doesNotMatch(sentence, /[A-Z]{2,}_[A-Z]/, code);
    assert.match(sentence, /^[A-ZÀ-Ý].*[.»]$/, code);
    assert.doesNotMatch(sentence, /\S[:;?!]/, `${code}: French puts a space before : ; ? !`);
  }
  assert.equal(refusalMessage('SOMETHING_NEW'), french(UNKNOWN_REFUSAL));
  assert.equal(refusalMessage('INVALID_FIELD', { INVALID_FIELD: 'Autre phrase.' }), 'Autre phrase.');
});

test('extension versions compare number by number', () => {
  assert.equal(isOlderVersion('1.9.0', '1.10.0'), true);
  assert.equal(isOlderVersion('1.10.0', '1.9.0'), false);
  assert.equal(isOlderVersion('1.0', '1.0.0'), false);
  assert.equal(isOlderVersion('0.9.9', '1.0.0'), true);
  assert.equal(isOlderVersion('2.0.0', '2.0.0'), false);
});

test('French punctuation never starts a line: the space before it does not break', () => {
  assert.equal(french('Que faire : « Vérifier » ; ou ? Oui !'), 'Que faire\u00a0: «\u00a0Vérifier\u00a0»\u00a0; ou\u00a0? Oui\u00a0!');
  assert.equal(french('a:b'), 'a:b');
});
