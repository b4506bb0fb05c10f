// The staff's console: logging in, then the queue, a session's review and, for admins, centres and staff.
import { request } from '/invigilator/api.js';
import { h } from '/invigilator/format.js';
import { staffLogin, describeFailure } from './staff-api.js';
import { showQueue } from './queue.js';
import { showReview } from './review.js';
import { field, showCentres, showMembers } from './admin.js';

const main = document.getElementById('main');

function route() {
  const hash = location.hash;
  if (hash.startsWith('#invitation=')) return showAcceptance(decodeURIComponent(hash.slice('#invitation='.length)));
  const login = staffLogin.current();
  if (!login) return showLogin();
  const review = hash.match(/^#\/sessions\/([^/]+)$/);
  const page = h('div', { className: 'screen' });
  main.replaceChildren(header(login, hash), page);
  if (review) return showReview(page, decodeURIComponent(review[1]));
  if (hash === '#/centres' && login.role === 'admin') return showCentres(page);
  if (hash === '#/equipe' && login.role === 'admin') return showMembers(page);
  return showQueue(page);
}

function header(login, hash) {
  const link = (href, text) => h('a', { href, 'aria-current': hash === href ? 'page' : false }, text);
  return h('header', { className: 'page-header' },
    h('nav', { 'aria-label': 'Console' },
      link('#/sessions', 'Sessions à publier'),
      login.role === 'admin' && link('#/centres', 'Centres'),
      login.role === 'admin' && link('#/equipe', 'Équipe')),
    h('p', { className: 'who' }, `Connecté·e : ${login.email} `,
      h('button', { type: 'button', className: 'link', onclick: () => { staffLogin.forget(); route(); } }, 'Se déconnecter')));
}

function showLogin(message) {
  const error = h('p', { className: 'error', role: 'alert' });
  const form = h('form', { className: 'grid-form' },
    field('email', 'Adresse électronique', { name: 'email', type: 'email', autocomplete: 'username', required: true }),
    field('password', 'Mot de passe', { name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { type: 'submit' }, 'Se connecter'),
    error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const data = Object.fromEntries(new FormData(form));
    try {
      const login = await request('POST', '/api/staff-sessions', { body: data });
      staffLogin.save({ token: login.token, email: login.email, role: login.role });
      if (!location.hash.startsWith('#/')) location.hash = '#/sessions';
      route();
    } catch (failure) {
      error.textContent = failure.code === 'INVALID_CREDENTIALS' ? 'Adresse ou mot de passe incorrect.' : describeFailure(failure);
    }
  });
  main.replaceChildren(h('div', { className: 'screen narrow' },
    h('h1', { tabindex: '-1' }, 'Connexion à la console de l’équipe'),
    message && h('p', { className: 'success', role: 'status' }, message),
    form));
  main.querySelector('h1').focus();
}

function showAcceptance(token) {
  const error = h('p', { className: 'error', role: 'alert' });
  const form = h('form', { className: 'grid-form' },
    h('div', { className: 'field' }, h('label', { for: 'new-password' }, 'Mot de passe'),
      h('input', { id: 'new-password', name: 'password', type: 'password', autocomplete: 'new-password', minlength: 12, required: true, 'aria-describedby': 'password-hint' }),
      h('p', { id: 'password-hint', className: 'hint' }, 'Au moins 12 caractères ; les mots de passe trop courants sont refusés. Une phrase de plusieurs mots est plus sûre.')),
    field('password-again', 'Confirmez le mot de passe', { name: 'again', type: 'password', autocomplete: 'new-password', required: true }),
    h('button', { type: 'submit' }, 'Activer mon compte'),
    error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    if (data.password !== data.again) {
      error.textContent = 'Les deux mots de passe ne sont pas identiques.';
      return;
    }
    try {
      await request('POST', '/api/staff-invitations/acceptance', { body: { token, password: data.password } });
      history.replaceState(null, '', `${location.pathname}#/sessions`);
      staffLogin.forget();
      showLogin('Votre compte est activé : connectez-vous.');
    } catch (failure) {
      error.textContent = describeFailure(failure);
    }
  });
  main.replaceChildren(h('div', { className: 'screen narrow' },
    h('h1', { tabindex: '-1' }, 'Choisissez votre mot de passe'), form));
  main.querySelector('h1').focus();
}

window.addEventListener('hashchange', route);
route();
