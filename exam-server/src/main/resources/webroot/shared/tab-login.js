// A login kept for this browser tab only (sessionStorage): closing the tab logs out, as school computers are shared.
import { ApiError, request } from '/shared/api.js';

/** The login `{token, …}` stored under `key`, and the requests made with its token. */
export class TabLogin {
  /** `onExpired()` is called once the server no longer takes the token and the login is forgotten. */
  constructor(key, onExpired = () => {}) {
    this.key = key;
    this.onExpired = onExpired;
  }

  /** The stored login, or null. */
  current() {
    try {
      return JSON.parse(sessionStorage.getItem(this.key));
    } catch {
      return null;
    }
  }

  save(login) {
    sessionStorage.setItem(this.key, JSON.stringify(login));
  }

  forget() {
    sessionStorage.removeItem(this.key);
  }

  /** `request` with the login's token; a token the server no longer takes (401) logs out. */
  async request(method, path, options = {}) {
    try {
      return await request(method, path, { ...options, token: this.current()?.token });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 401) {
        this.forget();
        this.onExpired();
      }
      throw failure;
    }
  }
}
