// Talks to the Certamen extension's content script through DOM events on `window`. Details travel as JSON strings.

const PING = 'certamen:ping';
const PONG = 'certamen:pong';

/** How long without a pong before the extension counts as absent (the page pings every second). */
export const SILENCE_LIMIT_MILLIS = 3000;

/** True when dotted version `version` (e.g. "1.2.0") comes before `minimum`; missing parts count as 0. */
export function isOlderVersion(version, minimum) {
  const parts = (text) => String(text).split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}

export class ExtensionLink {
  constructor(target = window, now = () => performance.now()) {
    this.target = target;
    this.now = now;
    this.status = null;
    this.lastPongAt = -Infinity;
    target.addEventListener(PONG, (event) => {
      try {
        const status = JSON.parse(event.detail);
        if (typeof status?.version !== 'string') return;
        this.status = status;
        this.lastPongAt = this.now();
      } catch {
        // An unreadable pong is no pong.
      }
    });
  }

  ping() {
    this.target.dispatchEvent(new CustomEvent(PING));
  }

  /** True when the extension answered a ping within the silence limit. */
  isPresent() {
    return this.now() - this.lastPongAt <= SILENCE_LIMIT_MILLIS;
  }

  /** The extension's last answer `{version, blockingActive, blockedAttempts}`, or null when it is absent. */
  current() {
    return this.isPresent() ? this.status : null;
  }

  /** Waits up to `millis` for a pong; resolves with whether the extension answered. */
  async detect(millis = 1500) {
    const since = this.now();
    this.ping();
    for (let waited = 0; waited < millis; waited += 100) {
      if (this.lastPongAt >= since) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.lastPongAt >= since;
  }

  start(allowedDomains) {
    this.send('certamen:start', { allowedDomains });
  }

  question(allowedDomains) {
    this.send('certamen:question', { allowedDomains });
  }

  stop() {
    this.send('certamen:stop', {});
  }

  send(name, detail) {
    this.target.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify(detail) }));
  }
}
