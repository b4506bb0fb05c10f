// The exam server's API as every page uses it: the candidate's exam page, the centre's app, the pupils' space,
// the staff's console and the public certificate check. Served at /shared/api.js.

/** The server refused the request: `code` and `detail` come from its problem+json body, `problem` is all of it. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.code || `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code;
    this.problem = problem;
  }
}

/** The server could not be reached, or answered with a server-side failure worth retrying. */
export class ConnectionError extends Error {}

/**
 * Sends one request: `body` as JSON, or `raw` bytes as they are (a file upload). Resolves with the JSON body,
 * rejects with ApiError (4xx) or ConnectionError (no answer, or 5xx).
 */
export async function request(method, path, { token, body, raw } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (raw !== undefined) headers['Content-Type'] = 'application/octet-stream';
  let response;
  try {
    response = await fetch(path, {
      method, headers, cache: 'no-store', body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch (failure) {
    throw new ConnectionError(String(failure));
  }
  const text = await response.text().catch(() => '');
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    if (response.status >= 500) throw new ConnectionError(`HTTP ${response.status}`);
    throw new ApiError(response.status, json);
  }
  return json;
}

/**
 * A sentence for any failure of `request`: `offline` when the server could not be reached, `refusalSentence(error)`
 * when it refused (ApiError), the failure itself otherwise (a fault of the page).
 */
export function failureSentence(failure, offline, refusalSentence) {
  if (failure instanceof ConnectionError) return offline;
  if (failure instanceof ApiError) return refusalSentence(failure);
  return String(failure);
}
