// Service worker (Chromium) and background script (Firefox): installs the exam's blocking rules while an exam runs
// and shows the French explanation page when a navigation was blocked.
import { compileBlockList } from './rules.js';
import { IDLE, onNavigationError, pong, reduce } from './exam-guard.js';

// Read once per worker start; fetch works alike in Chromium and Firefox, unlike JSON module imports.
const compiledList = fetch(chrome.runtime.getURL('src/blocklist.json'))
  .then((response) => response.json())
  .then(compileBlockList);
const version = chrome.runtime.getManifest().version;

// The service worker may be stopped at any time: the state lives in session storage (gone when the browser quits,
// like the session rules themselves, so a restarted browser is never left blocking).
async function loadState() {
  const { examState } = await chrome.storage.session.get('examState');
  return examState ?? IDLE;
}

// Messages are handled one at a time so two quick updates never interleave their read-modify-write.
let queue = Promise.resolve();
function serialized(task) {
  const next = queue.then(task);
  queue = next.catch(() => {});
  return next;
}

async function installRules(rules) {
  const existing = await chrome.declarativeNetRequest.getSessionRules();
  await chrome.declarativeNetRequest.updateSessionRules({
    removeRuleIds: existing.map((rule) => rule.id),
    addRules: rules,
  });
}

async function handleMessage(message) {
  const state = await loadState();
  const { state: next, rules } = reduce(state, message, await compiledList);
  if (rules !== null) await installRules(rules);
  if (next !== state) await chrome.storage.session.set({ examState: next });
  return pong(next, version);
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  serialized(() => handleMessage(message)).then(sendResponse, (error) => sendResponse({ error: String(error) }));
  return true;
});

chrome.webNavigation.onErrorOccurred.addListener((details) => {
  if (details.frameId !== 0) return;
  serialized(async () => {
    const { state, blockedHost } = onNavigationError(await loadState(), details.url, await compiledList);
    if (blockedHost === null) return;
    await chrome.storage.session.set({ examState: state });
    const page = chrome.runtime.getURL(`src/blocked.html?site=${encodeURIComponent(blockedHost)}`);
    await chrome.tabs.update(details.tabId, { url: page });
  });
});
