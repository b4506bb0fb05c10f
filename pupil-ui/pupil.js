// The pupil's space: a campaign code, then an account matched to the school's pupils (or a login), then the
// campaign itself; and the pupil's profile. A hash router over small screens built with h(), never with markup.
import { isoDate } from '/exam/birthdate.js';
import { french } from '/exam/typography.js';
import { h } from '/invigilator/format.js';
import { showParticipation } from './participation.js';
import { showProfile } from './profile.js';
import { pupilLogin } from './pupil-api.js';
import { errorBox, screen, showError } from './screen.js';

const main = document.getElementById('main');
const nav = document.getElementById('pupil-nav');

/** Codes are 9 letters and digits; pupils may type them in lower case, with spaces or dashes. */
function normalisedCode(text) {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function field(label, input, hint) {
  const hintId = hint ? `${input.id}-hint` : null;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return h('div', { className: 'field' }, h('label', { for: input.id }, label), input,
    hint ? h('p', { className: 'hint', id: hintId }, french(hint)) : null);
}

/** Joins the campaign (or finds the participation already started) and opens it. */
async function join(code, error) {
  try {
    const participation = await pupilLogin.request('POST', '/api/me/participations', { body: { campaignCode: code } });
    location.hash = `#/participations/${participation.id}`;
  } catch (failure) {
    showError(error, failure);
  }
}

function showHome() {
  const login = pupilLogin.current();
  const code = h('input', {
    id: 'campaign-code', name: 'code', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters',
    maxlength: '20', required: true,
  });
  const error = errorBox();
  const form = h('form', {
    novalidate: true,
    onsubmit: (event) => {
      event.preventDefault();
      const typed = normalisedCode(code.value);
      if (typed.length !== 9) {
        showError(error, 'Le code de campagne compte 9 caractères : vérifiez-le auprès de votre enseignant ou enseignante.');
        code.setAttribute('aria-invalid', 'true');
        code.focus();
        return;
      }
      if (login) join(typed, error);
      else location.hash = `#/campagne/${typed}`;
    },
  }, field('Code de campagne', code, '9 caractères, donnés en classe.'), error,
  h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Continuer')));
  const mine = h('div', {});
  if (login) showMine(mine);
  screen(main, login ? 'Bonjour !' : 'Bienvenue dans votre espace élève',
    h('p', {}, french('Votre enseignant ou enseignante vous a donné un code de campagne : saisissez-le pour commencer, ou pour reprendre là où vous vous étiez arrêté·e.')),
    form,
    mine,
    login ? h('p', { className: 'aside' }, h('a', { href: '#/profil' }, 'Voir mon profil'))
      : h('p', { className: 'aside' }, 'Vous avez déjà un compte ? ', h('a', { href: '#/connexion' }, 'Se connecter pour voir mon profil')));
}

function showJoining(code) {
  const error = errorBox();
  screen(main, 'Ouverture de la campagne…', error);
  join(code, error);
}

/** The campaigns the pupil joined this year, each a link back to where they stand. */
async function showMine(container) {
  const error = errorBox();
  try {
    const participations = await pupilLogin.request('GET', '/api/me/participations');
    if (participations.length === 0) return;
    container.replaceChildren(h('h2', {}, 'Mes campagnes'), h('ul', { className: 'mine' }, participations.map((participation) => h('li', {},
      h('a', { href: `#/participations/${encodeURIComponent(participation.id)}` }, participation.campaign.title ?? participation.campaign.name),
      h('span', { className: 'hint' }, ` — ${participation.statusLabel}`)))));
  } catch (failure) {
    container.replaceChildren(error);
    showError(error, failure);
  }
}

function showFirstTimeQuestion(code) {
  screen(main, 'Première fois ?',
    h('p', {}, french(`Code de campagne : ${code}.`)),
    h('p', {}, 'Avez-vous déjà créé votre compte Certamen cette année ?'),
    h('ul', { className: 'big-choices' },
      h('li', {}, h('a', { href: `#/campagne/${code}/compte` }, 'Non, c’est la première fois : créer mon compte')),
      h('li', {}, h('a', { href: `#/campagne/${code}/connexion` }, 'Oui, j’ai déjà un compte : me connecter'))));
}

function birthdateFields() {
  const input = (id, label, maxlength, autocomplete) => h('div', { className: 'field' },
    h('label', { for: id }, label),
    h('input', { id, inputmode: 'numeric', maxlength, autocomplete, required: true }));
  return h('fieldset', { className: 'date' },
    h('legend', {}, 'Date de naissance ', h('span', { className: 'hint' }, french('(par exemple : 27 3 2011)'))),
    input('birth-day', 'Jour', '2', 'bday-day'), input('birth-month', 'Mois', '2', 'bday-month'),
    input('birth-year', 'Année', '4', 'bday-year'));
}

function passwordInputs() {
  const password = h('input', { id: 'password', type: 'password', autocomplete: 'new-password', minlength: '8', required: true });
  const again = h('input', { id: 'password-again', type: 'password', autocomplete: 'new-password', required: true });
  return { password, again };
}

/** Whether the chosen password is long enough and typed twice the same; says what is wrong otherwise. */
function checkPasswords(password, again, error) {
  if (password.value.length < 8) {
    showError(error, 'Choisissez un mot de passe d’au moins 8 caractères.');
    return false;
  }
  if (password.value !== again.value) {
    showError(error, 'Les deux mots de passe ne sont pas identiques.');
    return false;
  }
  return true;
}

function showCreateAccount(code) {
  const lastName = h('input', { id: 'last-name', autocomplete: 'family-name', required: true });
  const firstName = h('input', { id: 'first-name', autocomplete: 'given-name', required: true });
  const birthdate = birthdateFields();
  const { password, again } = passwordInputs();
  const error = errorBox();
  const submit = h('button', { type: 'submit', className: 'primary' }, 'Créer mon compte');
  const loginLink = h('p', { hidden: true }, h('a', { href: `#/campagne/${code}/connexion` }, 'Me connecter avec mon identifiant'));
  const form = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      const [day, month, year] = [...birthdate.querySelectorAll('input')].map((input) => input.value.trim());
      const date = isoDate(day, month, year);
      if (!lastName.value.trim() || !firstName.value.trim()) {
        showError(error, 'Saisissez votre nom et votre prénom.');
        return;
      }
      if (!date) {
        showError(error, 'Cette date de naissance n’existe pas : saisissez le jour, le mois et l’année en chiffres, par exemple 27, 3 et 2011.');
        return;
      }
      if (!checkPasswords(password, again, error)) return;
      submit.disabled = true;
      try {
        const account = await pupilLogin.request('POST', '/api/pupil-accounts', { body: {
          campaignCode: code, lastName: lastName.value.trim(), firstName: firstName.value.trim(), birthdate: date,
          password: password.value,
        } });
        pupilLogin.save({ token: account.token, identifier: account.identifier });
        showAccountCreated(code, account.identifier);
      } catch (failure) {
        showError(error, failure);
        loginLink.hidden = failure.code !== 'ACCOUNT_EXISTS';
        submit.disabled = false;
      }
    },
  }, h('div', { className: 'pair' }, field('Nom de famille', lastName), field('Prénom', firstName)), birthdate,
  field('Mot de passe', password, 'Choisissez-le : au moins 8 caractères. Gardez-le pour vous.'),
  field('Confirmez le mot de passe', again), error, loginLink,
  h('div', { className: 'actions' }, submit));
  screen(main, 'Créer mon compte',
    h('p', {}, 'Saisissez votre identité telle que votre établissement l’a enregistrée.'), form);
}

function showAccountCreated(code, identifier) {
  renderNav();
  const error = errorBox();
  screen(main, 'Votre compte est créé',
    h('p', {}, french('Votre identifiant : '), h('strong', { className: 'identifier' }, identifier)),
    h('p', {}, french('Notez-le avec votre mot de passe : vous en aurez besoin pour revenir, pour cette campagne comme pour les suivantes.')),
    error,
    h('div', { className: 'actions' },
      h('button', { type: 'button', className: 'primary', onclick: () => join(code, error) }, 'Commencer')));
}

function showLogin(code) {
  const identifier = h('input', { id: 'identifier', autocomplete: 'username', spellcheck: 'false', autocapitalize: 'none', required: true });
  const password = h('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = errorBox();
  const form = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      try {
        const session = await pupilLogin.request('POST', '/api/pupil-sessions', { body: {
          identifier: identifier.value.trim(), password: password.value,
        } });
        pupilLogin.save({ token: session.token, identifier: session.identifier });
        if (session.mustChangePassword) showNewPassword(code);
        else await enter(code, error);
      } catch (failure) {
        showError(error, failure);
      }
    },
  }, field('Identifiant', identifier, 'Par exemple lea.martin2703.'), field('Mot de passe', password), error,
  h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Se connecter')));
  screen(main, 'Me connecter', form,
    h('p', { className: 'aside' }, french('Mot de passe oublié ? Demandez-le à votre enseignant ou enseignante : votre établissement peut vous en imprimer un nouveau.')));
}

/** After logging in: the campaign of `code` when the pupil came with one, else their profile. */
async function enter(code, error) {
  if (code) await join(code, error);
  else location.hash = '#/profil';
}

/** A password the school printed works once: the pupil chooses their own before anything else. */
function showNewPassword(code) {
  const { password, again } = passwordInputs();
  const error = errorBox();
  const form = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      if (!checkPasswords(password, again, error)) return;
      try {
        await pupilLogin.request('POST', '/api/me/password', { body: { password: password.value } });
        await enter(code, error);
      } catch (failure) {
        showError(error, failure);
      }
    },
  }, field('Nouveau mot de passe', password, 'Au moins 8 caractères. Gardez-le pour vous.'),
  field('Confirmez le mot de passe', again), error,
  h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Enregistrer mon mot de passe')));
  renderNav();
  screen(main, 'Choisissez votre mot de passe',
    h('p', {}, french('Le mot de passe imprimé par votre établissement ne sert qu’une fois : choisissez le vôtre.')), form);
}

function logout() {
  pupilLogin.forget();
  location.hash = '#/';
  route();
}

function renderNav() {
  const login = pupilLogin.current();
  nav.hidden = !login;
  nav.replaceChildren(...(login ? [
    h('a', { href: '#/' }, 'Accueil'), h('a', { href: '#/profil' }, 'Mon profil'),
    h('button', { type: 'button', className: 'link', onclick: logout }, 'Se déconnecter'),
  ] : []));
}

/** Screens that need a login send the pupil to the home page without one. */
const ROUTES = [
  [/^\/?$/, () => showHome()],
  [/^\/connexion$/, () => showLogin(null)],
  [/^\/campagne\/([A-Z0-9]{9})$/, ([code]) => (pupilLogin.current() ? showJoining(code) : showFirstTimeQuestion(code))],
  [/^\/campagne\/([A-Z0-9]{9})\/compte$/, ([code]) => showCreateAccount(code)],
  [/^\/campagne\/([A-Z0-9]{9})\/connexion$/, ([code]) => showLogin(code)],
  [/^\/participations\/([\w-]+)$/, ([id]) => showParticipation(main, id, () => {
    pupilLogin.forget();
    renderNav();
  }), true],
  [/^\/profil$/, () => showProfile(main), true],
];

function route() {
  renderNav();
  const hash = decodeURIComponent(location.hash.slice(1));
  const found = ROUTES.find(([pattern]) => pattern.test(hash));
  if (!found || (found[2] && !pupilLogin.current())) {
    showHome();
  } else {
    found[1](found[0].exec(hash).slice(1));
  }
}

window.addEventListener('hashchange', route);
route();
