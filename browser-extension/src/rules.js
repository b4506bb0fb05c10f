// Turns the block list and a question's allowed domains into declarativeNetRequest rules, and answers the same
// question the rules answer ("is this URL blocked?") so the service worker can name a blocked navigation.

/** Request types a blocked site may not load, in both Chromium and Firefox. */
export const BLOCKED_RESOURCE_TYPES = Object.freeze([
  'main_frame', 'sub_frame', 'stylesheet', 'script', 'image', 'font', 'object', 'xmlhttprequest', 'ping', 'media',
  'websocket', 'other',
]);

/** Block rules lose against a question's allow rules, which lose against nothing. */
export const BLOCK_PRIORITY = 1;
export const ALLOW_PRIORITY = 2;

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const WILDCARD = /^((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.\*$/;

/**
 * Reads and validates a block list; returns `{version, domains, stems}` where `domains` block themselves and their
 * subdomains and `stems` ("translate.google" for "translate.google.*") block under any top-level domain.
 * Throws an Error naming the category and the entry when the list is malformed.
 */
export function compileBlockList(list) {
  if (!list || typeof list.version !== 'string' || list.version === '') {
    throw new Error('block list: "version" must be a non-empty string');
  }
  if (!Array.isArray(list.categories)) throw new Error('block list: "categories" must be an array');
  const domains = new Set();
  const stems = new Set();
  for (const category of list.categories) {
    if (!category || typeof category.name !== 'string' || !Array.isArray(category.domains)) {
      throw new Error('block list: every category needs a "name" and a "domains" array');
    }
    for (const entry of category.domains) {
      const wildcard = typeof entry === 'string' ? WILDCARD.exec(entry) : null;
      if (wildcard) stems.add(wildcard[1]);
      else if (typeof entry === 'string' && DOMAIN.test(entry)) domains.add(entry);
      else throw new Error(`block list: category "${category.name}": invalid entry ${JSON.stringify(entry)}`);
    }
  }
  return { version: list.version, domains: [...domains], stems: [...stems] };
}

/** Keeps the well-formed, lower-cased domains a question allows, without duplicates. */
export function normalizeAllowedDomains(allowedDomains) {
  if (!Array.isArray(allowedDomains)) return [];
  const clean = allowedDomains
    .filter((d) => typeof d === 'string')
    .map((d) => d.trim().toLowerCase().replace(/\.$/, ''))
    .filter((d) => DOMAIN.test(d));
  return [...new Set(clean)].sort();
}

/**
 * The session rules for a running exam: one block rule for the plain domains, one per wildcard stem, and one allow
 * rule per domain the current question needs. An allowed domain never opens a more specific blocked site beneath it
 * (allowing google.fr keeps translate.google.fr blocked): those stay excluded from its allow rule.
 */
export function buildSessionRules(compiled, allowedDomains = []) {
  const rules = [];
  let id = 1;
  if (compiled.domains.length > 0) {
    rules.push({
      id: id++, priority: BLOCK_PRIORITY, action: { type: 'block' },
      condition: { requestDomains: [...compiled.domains], resourceTypes: [...BLOCKED_RESOURCE_TYPES] },
    });
  }
  for (const stem of compiled.stems) {
    rules.push({
      id: id++, priority: BLOCK_PRIORITY, action: { type: 'block' },
      condition: { urlFilter: `||${stem}.`, resourceTypes: [...BLOCKED_RESOURCE_TYPES] },
    });
  }
  for (const allowed of normalizeAllowedDomains(allowedDomains)) {
    const condition = { requestDomains: [allowed], resourceTypes: [...BLOCKED_RESOURCE_TYPES] };
    const stillBlocked = blockedBeneath(compiled, allowed);
    if (stillBlocked.length > 0) condition.excludedRequestDomains = stillBlocked;
    rules.push({ id: id++, priority: ALLOW_PRIORITY, action: { type: 'allow' }, condition });
  }
  return rules;
}

/** Whether a navigation to `url` is blocked by the rules `buildSessionRules(compiled, allowedDomains)` makes. */
export function isBlockedUrl(url, compiled, allowedDomains = []) {
  let host;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (!matchesBlockList(host, compiled)) return false;
  const allowedBy = normalizeAllowedDomains(allowedDomains).filter((a) => isSameOrSubdomain(host, a));
  return allowedBy.every((a) => blockedBeneath(compiled, a).some((b) => isSameOrSubdomain(host, b)));
}

function matchesBlockList(host, compiled) {
  return compiled.domains.some((d) => isSameOrSubdomain(host, d))
    || compiled.stems.some((s) => host.startsWith(`${s}.`) || host.includes(`.${s}.`));
}

function isSameOrSubdomain(host, domain) {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Blocked domains strictly beneath `allowed`, wildcard stems made concrete under its top-level domain. */
function blockedBeneath(compiled, allowed) {
  const beneath = compiled.domains.filter((d) => d.endsWith(`.${allowed}`));
  for (const stem of compiled.stems) {
    const stemLabels = stem.split('.');
    // "translate.google" lies beneath "google.fr" as "translate.google.fr": find where the stem's tail meets it.
    for (let i = 1; i < stemLabels.length; i++) {
      const tail = stemLabels.slice(i).join('.');
      if (allowed.startsWith(`${tail}.`)) {
        beneath.push(`${stem}${allowed.slice(tail.length)}`);
        break;
      }
    }
  }
  return [...new Set(beneath)].sort();
}
