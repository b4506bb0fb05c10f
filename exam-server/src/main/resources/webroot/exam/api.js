// The exam server's API as the candidate's page uses it: the shared module, and retries while the network is down.
import { ConnectionError, request } from '/shared/api.js';

export { ApiError, ConnectionError, request } from '/shared/api.js';

/** Seconds to wait before the n-th retry (n from 1): 1, 2, 4, 8 then every 10 s. */
export function retryDelaySeconds(attempt) {
  return Math.min(10, 2 ** (attempt - 1));
}

/**
 * Sends a request until the server answers, waiting longer after each failed attempt; `onRetry(seconds)` is told
 * before each wait, `onRecovered()` after a success that followed a failure. API errors are not retried.
 */
export async function requestWithRetry(method, path, options, { onRetry, onRecovered }) {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await request(method, path, options);
      if (attempt > 1) onRecovered();
      return result;
    } catch (error) {
      if (!(error instanceof ConnectionError)) throw error;
      const seconds = retryDelaySeconds(attempt);
      onRetry(seconds);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}
