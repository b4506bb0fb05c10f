// Talks to the Certamen extension's content script through DOM events on `window`. Details travel as JSON strings.

const PING = 'certamen:ping';
const PONG = 'certamen:pong';

/** How long without a pong before the extension counts as absent (the page pings every second). */
export const SILENCE_LIMIT_MILLIS = 3000;

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
