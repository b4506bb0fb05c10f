import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ALLOW_PRIORITY, BLOCK_PRIORITY, buildSessionRules, compileBlockList, isBlockedUrl, normalizeAllowedDomains,
} from '../src/rules.js';

const shipped = JSON.parse(readFileSync(new URL('../src/blocklist.json', import.meta.url), 'utf8'));
const small = compileBlockList({
  version: '1',
  categories: [{ name: 'test', domains: ['chatgpt.com', 'deepl.com', 'translate.google.*', 'linguee.*'] }],
});

test('the shipped block list is valid and covers the assistants and translators of the spec', () => {
  const compiled = compileBlockList(shipped);
  assert.match(compiled.version, /^\d{4}\.\d{2}\.\d{2}$/);
  for (const domain of ['chatgpt.com', 'chat.openai.com', 'gemini.google.com', 'claude.ai', 'copilot.microsoft.com',
    'perplexity.ai', 'chat.mistral.ai', 'chat.deepseek.com', 'poe.com', 'meta.ai', 'grok.com', 'deepl.com',
    'reverso.net']) {
    assert.ok(compiled.domains.includes(domain), domain);
  }
  assert.ok(compiled.stems.includes('translate.google'));
  assert.ok(compiled.stems.includes('linguee'));
});

test('a malformed entry is rejected with its category and value', () => {
  const list = { version: '1', categories: [{ name: 'ai', domains: ['chatgpt.com', 'https://claude.ai/'] }] };
  assert.throws(() => compileBlockList(list), /category "ai": invalid entry "https:\/\/claude.ai\/"/);
});

test('a list without a version is rejected', () => {
  assert.throws(() => compileBlockList({ categories: [] }), /"version"/);
});

test('plain domains share one block rule and each wildcard gets its own', () => {
  const rules = buildSessionRules(small);
  assert.equal(rules.length, 3);
  assert.deepEqual(rules[0].condition.requestDomains, ['chatgpt.com', 'deepl.com']);
  assert.equal(rules[1].condition.urlFilter, '||translate.google.');
  assert.equal(rules[2].condition.urlFilter, '||linguee.');
  for (const rule of rules) {
    assert.equal(rule.action.type, 'block');
    assert.equal(rule.priority, BLOCK_PRIORITY);
    assert.ok(rule.condition.resourceTypes.includes('main_frame'), 'top-level navigations are blocked too');
  }
  assert.deepEqual(rules.map((r) => r.id), [1, 2, 3]);
});

test('an allowed domain gets an allow rule that outranks the block rules', () => {
  const rules = buildSessionRules(small, ['deepl.com']);
  const allow = rules.find((r) => r.action.type === 'allow');
  assert.deepEqual(allow.condition.requestDomains, ['deepl.com']);
  assert.ok(allow.priority > BLOCK_PRIORITY);
  assert.equal(allow.priority, ALLOW_PRIORITY);
  assert.equal(allow.condition.excludedRequestDomains, undefined);
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
});

test('allowing a search engine keeps its translator blocked', () => {
  const allow = buildSessionRules(small, ['google.fr']).find((r) => r.action.type === 'allow');
  assert.deepEqual(allow.condition.excludedRequestDomains, ['translate.google.fr']);
  assert.equal(isBlockedUrl('https://www.google.fr/search?q=x', small, ['google.fr']), false);
  assert.equal(isBlockedUrl('https://translate.google.fr/', small, ['google.fr']), true);
});

test('allowing a parent domain keeps a blocked subdomain blocked', () => {
  const compiled = compileBlockList({ version: '1', categories: [{ name: 'ai', domains: ['gemini.google.com'] }] });
  const allow = buildSessionRules(compiled, ['google.com']).find((r) => r.action.type === 'allow');
  assert.deepEqual(allow.condition.excludedRequestDomains, ['gemini.google.com']);
  assert.equal(isBlockedUrl('https://gemini.google.com/app', compiled, ['google.com']), true);
});

test('blocked URLs are recognised on subdomains and under any top-level domain', () => {
  assert.equal(isBlockedUrl('https://chatgpt.com/', small), true);
  assert.equal(isBlockedUrl('http://www.deepl.com:8080/translator', small), true);
  assert.equal(isBlockedUrl('https://translate.google.co.uk/?sl=en', small), true);
  assert.equal(isBlockedUrl('https://www.linguee.fr/', small), true);
  assert.equal(isBlockedUrl('https://notchatgpt.com/', small), false);
  assert.equal(isBlockedUrl('https://www.google.com/', small), false);
  assert.equal(isBlockedUrl('not a url', small), false);
});

test('a question that allows a listed site opens exactly that site', () => {
  assert.equal(isBlockedUrl('https://www.deepl.com/', small, ['deepl.com']), false);
  assert.equal(isBlockedUrl('https://chatgpt.com/', small, ['deepl.com']), true);
});

test('allowed domains are cleaned of junk, case and duplicates', () => {
  assert.deepEqual(normalizeAllowedDomains(['Wikipedia.org', 'wikipedia.org.', 'http://x.y/', 42, 'qwant.com']),
    ['qwant.com', 'wikipedia.org']);
  assert.deepEqual(normalizeAllowedDomains(undefined), []);
});
