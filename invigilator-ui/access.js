// Getting into the centre's space without calling anyone: a forgotten password, a school's first activation.
import { request } from './api.js';
import { alertBox, field, showAcceptInvitation, submitHandler } from './centre.js';
import { h } from './format.js';

/** A narrow page with a one-field form whose answer replaces the form. */
function requestPage(main, { pageTitle, title, intro, input, label, hint, submit, send }) {
  document.title = `${pageTitle} — Espace centre — Certamen`;
  const error = alertBox();
  const answer = h('div', { role: 'status' });
  const form = h('form', {
    onsubmit: submitHandler(error, async () => {
      answer.replaceChildren(...await send(input.value));
      form.hidden = true;
    }),
  }, field(label, input, hint), error, h('button', { type: 'submit' }, submit));
  main.replaceChildren(h('section', { className: 'screen narrow' },
    h('h1', { tabindex: '-1' }, title), h('p', {}, intro), form, answer,
    h('p', {}, h('a', { href: '#/centre/connexion' }, 'Retour à la connexion'))));
}

export function showForgotPassword(main) {
  requestPage(main, {
    pageTitle: 'Mot de passe oublié', title: 'Mot de passe oublié ?',
    intro: 'Indiquez l’adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.',
    input: h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true }),
    label: 'Adresse électronique', submit: 'Recevoir un lien',
    send: async (email) => {
      await request('POST', '/api/centre-password-resets', { body: { email } });
      // The same answer whether the address has an account or not.
      return [h('p', { className: 'notice' }, `Si l’adresse ${email.trim()} correspond à un compte, un lien vient de lui être envoyé. `
        + 'Il est valable une heure et ne sert qu’une fois. Pensez à regarder dans les courriers indésirables.')];
    },
  });
}

export function showPasswordReset(main, token) {
  showAcceptInvitation(main, token, {
    pageTitle: 'Nouveau mot de passe', title: 'Choisir un nouveau mot de passe',
    intro: 'Choisissez le nouveau mot de passe de votre compte.', submit: 'Enregistrer le mot de passe',
    done: 'Mot de passe changé', endpoint: '/api/centre-invitations/acceptance',
    expired: 'Ce lien n’est plus valable : il a déjà servi ou date de plus d’une heure. Demandez-en un nouveau depuis « Mot de passe oublié ? ».',
  });
}

export function showActivationRequest(main) {
  requestPage(main, {
    pageTitle: 'Activer l’espace de l’établissement', title: 'Activer l’espace de votre établissement',
    intro: 'Le chef ou la cheffe d’établissement active l’espace une fois : un lien est envoyé à l’adresse officielle de '
      + 'l’établissement, et la personne qui l’ouvre en devient l’administratrice ou l’administrateur. Elle invite ensuite ses collègues.',
    input: h('input', {
      name: 'uai', required: true, autocomplete: 'off', pattern: '\\s*[0-9]{7}[A-Za-z]\\s*', maxlength: '12',
      title: '7 chiffres et une lettre, par exemple 0180777X',
    }),
    label: 'UAI de l’établissement', hint: '7 chiffres et une lettre, par exemple 0180777X.', submit: 'Recevoir le lien d’activation',
    send: async (uai) => {
      const sent = await request('POST', '/api/centre-activations', { body: { uai } });
      return [h('p', { className: 'notice' }, sent.mailed
        ? `Un lien d’activation pour ${sent.school} vient d’être envoyé à l’adresse officielle de l’établissement, `
          + `${sent.email}. Il est valable ${sent.validForHours} heures et ne sert qu’une fois.`
        : `Le lien d’activation pour ${sent.school} est prêt, mais ce serveur n’envoie pas de courrier électronique : `
          + 'demandez-le à l’équipe qui administre le serveur (il figure dans son journal).')];
    },
  });
}

export function showActivation(main, token) {
  showAcceptInvitation(main, token, {
    pageTitle: 'Activation', title: 'Activer l’espace de l’établissement',
    intro: 'Choisissez le mot de passe du compte administrateur de l’établissement, à l’adresse officielle qui a reçu ce lien.',
    submit: 'Activer l’espace', done: 'L’espace de l’établissement est activé',
    endpoint: '/api/centre-activations/acceptance',
  });
}
