// The exam server's API as the candidate's page uses it.

/** The server refused the request; `code` is the stable code of its problem+json body. */
export class ApiError extends Error {
  constructor(status, code, detail) {
    super(detail || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

/** The server could not be reached, or answered with a server-side failure worth retrying. */
export class ConnectionError extends Error {}

/** Sends one request; resolves with the JSON body, rejects with ApiError (4xx) or ConnectionError. */
export async function request(method, path, { token, body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
    });
  } catch (networkFailure) {
    throw new ConnectionError(String(networkFailure));
  }
  const text = await response.text().catch(() => '');
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (response.status >= 500) throw new ConnectionError(`HTTP ${response.status}`);
  if (!response.ok) throw new ApiError(response.status, json?.code, json?.detail);
  return json;
}

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
