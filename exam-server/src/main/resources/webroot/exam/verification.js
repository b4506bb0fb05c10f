// The extension check page (/exam/verification/, no login): says whether this browser's Certamen extension is
// installed, active and recent enough for the server's tests, and what to do otherwise.
import { request } from './api.js';
import { ExtensionLink, isOlderVersion } from './extension-link.js';
import { french } from './typography.js';

const $ = (id) => document.getElementById(id);
const extension = new ExtensionLink(window);

/** The oldest version the server's start accepts, or null when the server cannot be asked. */
async function minimumVersion() {
  try {
    return (await request('GET', '/api/extension-requirements')).minimumVersion;
  } catch {
    return null;
  }
}

function show(verdict) {
  $('verdict-checking').hidden = verdict !== 'checking';
  for (const name of ['ready', 'outdated', 'missing']) $(`verdict-${name}`).hidden = verdict !== name;
  $('facts').hidden = verdict === 'checking';
}

async function check() {
  show('checking');
  $('requirement-error').textContent = '';
  const [present, minimum] = await Promise.all([extension.detect(1500), minimumVersion()]);
  const status = present ? extension.current() : null;
  $('installed-version').textContent = status?.version ?? 'aucune';
  $('minimum-version').textContent = minimum ?? 'inconnue';
  $('blocking-state').textContent = !status ? '—'
    : status.blockingActive ? 'actif (un test est en cours dans ce navigateur)'
      : 'inactif pour le moment (il ne s’active que pendant un test)';
  if (!status) return show('missing');
  if (minimum === null) {
    $('requirement-error').textContent = french('Le serveur n’a pas indiqué la version minimale demandée : '
      + 'vérifiez la connexion, puis choisissez « Vérifier à nouveau ».');
  }
  return show(minimum !== null && isOlderVersion(status.version, minimum) ? 'outdated' : 'ready');
}

$('check-again').addEventListener('click', check);
check();
