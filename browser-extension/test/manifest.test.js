import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extensionIdFromKey } from '../tools/extension-id.js';
import { withExamOrigin } from '../tools/set-exam-origin.js';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));

test('the manifest key fixes the documented Chromium extension id', () => {
  assert.equal(extensionIdFromKey(manifest.key), 'mjmlmdnkobepahdgbendbkhfjoakgpke');
});

test('one manifest serves Chromium (service worker) and Firefox (background scripts, gecko id)', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.background.service_worker, 'src/background.js');
  assert.deepEqual(manifest.background.scripts, ['src/background.js']);
  assert.match(manifest.browser_specific_settings.gecko.id, /@/);
});

test('every file the manifest names exists', () => {
  const files = [manifest.background.service_worker, ...manifest.content_scripts.flatMap((s) => s.js),
    'src/blocklist.json', 'src/blocked.html'];
  for (const file of files) assert.ok(existsSync(new URL(`../${file}`, import.meta.url)), file);
});

test('the content script runs on local exam pages', () => {
  assert.ok(manifest.content_scripts[0].matches.includes('http://localhost/*'));
  assert.ok(manifest.content_scripts[0].matches.includes('http://127.0.0.1/*'));
});

test('a school origin replaces the production origin and keeps localhost', () => {
  const changed = withExamOrigin(manifest, 'https://certif.lycee-exemple.fr');
  assert.deepEqual(changed.content_scripts[0].matches,
    ['http://localhost/*', 'http://127.0.0.1/*', 'https://certif.lycee-exemple.fr/*']);
  assert.equal(changed.key, manifest.key);
});

test('a school origin must be a bare https origin', () => {
  assert.throws(() => withExamOrigin(manifest, 'http://certif.example.fr'), /https/);
  assert.throws(() => withExamOrigin(manifest, 'https://certif.example.fr/exam/'), /https/);
  assert.throws(() => withExamOrigin(manifest, 'certif'), /not an origin/);
});
