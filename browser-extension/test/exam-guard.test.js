import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileBlockList } from '../src/rules.js';
import { IDLE, onNavigationError, pong, reduce } from '../src/exam-guard.js';

const compiled = compileBlockList({ version: '1', categories: [{ name: 't', domains: ['chatgpt.com', 'deepl.com'] }] });

test('nothing is blocked before an exam starts', () => {
  assert.deepEqual(pong(IDLE, '1.0.0'), { version: '1.0.0', blockingActive: false, blockedAttempts: 0 });
  const { state, blockedHost } = onNavigationError(IDLE, 'https://chatgpt.com/', compiled);
  assert.equal(blockedHost, null);
  assert.equal(state, IDLE);
});

test('start installs the block rules and stop removes them all', () => {
  const started = reduce(IDLE, { type: 'start', allowedDomains: [] }, compiled);
  assert.equal(started.state.active, true);
  assert.ok(started.rules.length > 0);
  const stopped = reduce(started.state, { type: 'stop' }, compiled);
  assert.equal(stopped.state.active, false);
  assert.deepEqual(stopped.rules, []);
});

test('each question replaces the allowed domains of the previous one', () => {
  let { state } = reduce(IDLE, { type: 'start' }, compiled);
  ({ state } = reduce(state, { type: 'question', allowedDomains: ['deepl.com'] }, compiled));
  assert.equal(onNavigationError(state, 'https://deepl.com/', compiled).blockedHost, null);
  const next = reduce(state, { type: 'question', allowedDomains: [] }, compiled);
  assert.equal(next.rules.some((r) => r.action.type === 'allow'), false);
  assert.equal(onNavigationError(next.state, 'https://deepl.com/', compiled).blockedHost, 'deepl.com');
});

test('a question message outside an exam changes nothing', () => {
  const { state, rules } = reduce(IDLE, { type: 'question', allowedDomains: ['deepl.com'] }, compiled);
  assert.equal(state, IDLE);
  assert.equal(rules, null);
});

test('blocked navigations are counted and reported in the pong', () => {
  let { state } = reduce(IDLE, { type: 'start' }, compiled);
  ({ state } = onNavigationError(state, 'https://chatgpt.com/c/1', compiled));
  ({ state } = onNavigationError(state, 'https://www.deepl.com/', compiled));
  ({ state } = onNavigationError(state, 'https://example.org/', compiled));
  assert.deepEqual(pong(state, '1.0.0'), { version: '1.0.0', blockingActive: true, blockedAttempts: 2 });
});

test('a start after a page reload keeps the count of the running exam, a new exam starts from zero', () => {
  let { state } = reduce(IDLE, { type: 'start' }, compiled);
  ({ state } = onNavigationError(state, 'https://chatgpt.com/', compiled));
  assert.equal(reduce(state, { type: 'start' }, compiled).state.blockedAttempts, 1);
  const stopped = reduce(state, { type: 'stop' }, compiled).state;
  assert.equal(reduce(stopped, { type: 'start' }, compiled).state.blockedAttempts, 0);
});

test('status and unknown messages change nothing', () => {
  for (const message of [{ type: 'status' }, { type: 'nonsense' }, null]) {
    const { state, rules } = reduce(IDLE, message, compiled);
    assert.equal(state, IDLE);
    assert.equal(rules, null);
  }
});
