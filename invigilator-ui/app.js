// The centre's web app: a hash router over the pages of the centre and of the invigilator.
import { showAcceptInvitation, showCentreHome, showCentreLogin, showMembers, showSession } from './centre.js';
import { showInvigilatorLogin, showSupervision } from './supervision.js';
import { showActivation, showActivationRequest, showForgotPassword, showPasswordReset } from './access.js';
import { showResults } from './results.js';
import { h } from './format.js';

const main = document.getElementById('main');
let leavePage = () => {};

/** The pages, by the pattern of the hash after '#'. */
const ROUTES = [
  [/^invitation=(.+)$/, ([token]) => showAcceptInvitation(main, decodeURIComponent(token))],
  [/^\/centre$/, () => showCentreHome(main)],
  [/^\/centre\/connexion$/, () => showCentreLogin(main)],
  [/^reinitialisation=(.+)$/, ([token]) => showPasswordReset(main, decodeURIComponent(token))],
  [/^activation=(.+)$/, ([token]) => showActivation(main, decodeURIComponent(token))],
  [/^\/centre\/membres$/, () => showMembers(main)],
  [/^\/centre\/resultats$/, () => showResults(main)],
  [/^\/centre\/mot-de-passe-oublie$/, () => showForgotPassword(main)],
  [/^\/centre\/activation$/, () => showActivationRequest(main)],
  [/^\/centre\/sessions\/(\d+)$/, ([id]) => showSession(main, id)],
  [/^\/surveillance$/, () => showInvigilatorLogin(main)],
  [/^\/surveillance\/(\d+)$/, ([id]) => showSupervision(main, id)],
];

function showHome() {
  document.title = 'Certamen — Espace centre et surveillance';
  main.replaceChildren(h('section', { className: 'screen narrow' },
    h('h1', { tabindex: '-1' }, 'Certamen'),
    h('p', {}, 'Choisissez votre espace :'),
    h('ul', { className: 'choices' },
      h('li', {}, h('a', { href: '#/centre' }, 'Espace centre'), ' — sessions, membres, inscriptions et documents'),
      h('li', {}, h('a', { href: '#/surveillance' }, 'Surveillance d’une session'), ' — avec le numéro de session et le mot de passe surveillant'))));
}

function route() {
  leavePage();
  leavePage = () => {};
  const hash = decodeURIComponent(location.hash.slice(1));
  for (const [pattern, show] of ROUTES) {
    const match = pattern.exec(hash);
    if (match) {
      leavePage = show(match.slice(1)) || (() => {});
      break;
    }
  }
  if (!ROUTES.some(([pattern]) => pattern.test(hash))) showHome();
  main.querySelector('h1')?.focus();
}

window.addEventListener('hashchange', route);
route();
