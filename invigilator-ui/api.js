// The exam server's API as the centre's pages use it.

/** The server refused the request: `code` and `detail` come from its problem+json body, `problem` is all of it. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.code || `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code;
    this.problem = problem;
  }
}

/** The server could not be reached. */
export class ConnectionError extends Error {}

/** Sends one request; resolves with the JSON body, rejects with ApiError or ConnectionError. */
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

/** Downloads a document with the token and lets the browser save it under `fileName`. */
export async function download(path, token, fileName) {
  let response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch (failure) {
    throw new ConnectionError(String(failure));
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A French sentence for any failure of `request`. */
export function describeFailure(failure) {
  if (failure instanceof ConnectionError) return 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.';
  if (failure instanceof ApiError) {
    if (failure.code === 'INVALID_TOKEN') return 'Votre connexion a expiré : reconnectez-vous.';
    if (failure.code === 'WRONG_CREDENTIALS') return 'Adresse ou mot de passe incorrect.';
    if (failure.code === 'WRONG_PASSWORD') return 'Numéro de session ou mot de passe surveillant incorrect.';
    if (failure.code === 'SESSION_NOT_FOUND') return 'Cette session n’existe pas.';
    if (failure.code === 'TOO_MANY_ATTEMPTS') return 'Trop d’essais infructueux : patientez 5 minutes.';
    if (failure.code === 'WEAK_PASSWORD') return 'Le mot de passe doit compter au moins 10 caractères.';
    if (failure.code === 'INVITATION_NOT_FOUND') return 'Cette invitation n’est plus valable : demandez-en une nouvelle.';
    if (failure.code === 'EMAIL_TAKEN') return 'Cette adresse appartient déjà à un autre centre.';
    if (failure.code === 'LAST_ADMINISTRATOR') return 'Le centre doit garder au moins un administrateur.';
    if (failure.code === 'IDENTITY_TAKEN') return 'Un candidat de cette session a déjà ce nom, ce prénom et cette date de naissance : ajoutez un second prénom pour les distinguer.';
    if (failure.code === 'ADMINISTRATOR_ONLY') return 'Seul un administrateur du centre peut gérer les membres.';
    return `Refusé par le serveur : ${failure.message}`;
  }
  return String(failure);
}
