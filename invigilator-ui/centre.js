// The centre's pages: login, invitations, members, sessions, enrolment and documents; shared helpers of the
// other centre pages (results, access recovery).
import { describeFailure, download, request, saveFile } from './api.js';
import { confirmDialog } from './dialogs.js';
import { count, frenchDate, h, isoDate, isoTime } from './format.js';
import { CERTIFIABILITY_LABELS, ROLE_LABELS, STAGE_LABELS } from './labels.js';
import { rosterEnrolPanel } from './pupils.js';
import { centreLogin } from './session-store.js';

export function alertBox() {
  return h('p', { className: 'error', role: 'alert', hidden: true });
}

export function showError(box, failure) {
  box.textContent = typeof failure === 'string' ? failure : describeFailure(failure);
  box.hidden = false;
}

/** A form's submit handler: hides the last error, runs `action`, and shows in `error` why it failed. */
export function submitHandler(error, action) {
  return async (event) => {
    event.preventDefault();
    error.hidden = true;
    try {
      await action();
    } catch (failure) {
      showError(error, failure);
    }
  };
}

export function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2)}`;
  input.id = id;
  return h('div', { className: 'field' }, h('label', { for: id }, label), hint ? h('span', { className: 'hint' }, hint) : null, input);
}

/** A date typed the French way (jj/mm/aaaa), whatever the browser's language, as on the exam page. */
function dateInput(name, value) {
  return h('input', {
    name, required: true, inputmode: 'numeric', autocomplete: 'off', placeholder: 'jj/mm/aaaa',
    pattern: '\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*', title: 'Une date sous la forme jj/mm/aaaa, par exemple 03/12/2026',
    value: value ? frenchDate(value) : false,
  });
}

/** A time of day typed hh:mm (24 h), whatever the browser's language. */
function timeInput(name, value) {
  return h('input', {
    name, required: true, inputmode: 'numeric', autocomplete: 'off', placeholder: 'hh:mm',
    pattern: '\\s*\\d{1,2}\\s*[:hH]\\s*\\d{2}\\s*', title: 'Une heure sur 24 h, par exemple 14:00', value: value ?? false,
  });
}

/** The ISO date of a date field, or an error shown on the field (and null). */
function dateOf(input) {
  const iso = isoDate(input.value);
  input.setCustomValidity(iso ? '' : 'Cette date n’existe pas : écrivez-la jj/mm/aaaa, par exemple 03/12/2026.');
  return iso;
}

/** The ISO time of a time field, or an error shown on the field (and null). */
function timeOf(input) {
  const iso = isoTime(input.value);
  input.setCustomValidity(iso ? '' : 'Écrivez l’heure hh:mm, par exemple 14:00.');
  return iso;
}

/** The session's fields as the API takes them, or null (the form then shows what is wrong). */
function sessionBody(form, inputs) {
  const date = dateOf(inputs.date);
  const time = timeOf(inputs.time);
  if (!date || !time) {
    form.reportValidity();
    return null;
  }
  return {
    date, time, room: inputs.room.value, address: inputs.address.value, examiner: inputs.examiner.value,
    invigilatorCount: Number(inputs.invigilators.value),
  };
}

/** The session's fields, prefilled with `session` when given (a new session starts at 09:00 with one invigilator). */
function sessionInputs(session = {}) {
  return {
    date: dateInput('date', session.date),
    time: timeInput('time', session.time ?? '09:00'),
    room: h('input', { name: 'room', required: true, value: session.room ?? false }),
    address: h('input', { name: 'address', required: true, value: session.address ?? false }),
    examiner: h('input', { name: 'examiner', required: true, value: session.examiner ?? false }),
    // How many invigilators the room has: the session then holds 20 pupils for each.
    invigilators: h('input', {
      name: 'invigilators', type: 'number', min: '1', max: '20', required: true, value: String(session.invigilatorCount ?? 1),
    }),
  };
}

/** The labelled session fields; typing again in the date or the time clears the error shown on it. */
function sessionFields(inputs) {
  for (const input of [inputs.date, inputs.time]) input.addEventListener('input', () => input.setCustomValidity(''));
  return [field('Date', inputs.date, 'jj/mm/aaaa'), field('Heure', inputs.time, 'hh:mm'), field('Salle', inputs.room),
    field('Adresse', inputs.address), field('Surveillant ou surveillante', inputs.examiner),
    field('Nombre de surveillants', inputs.invigilators, '20 élèves au plus par surveillant')];
}

/** The login, or a redirect to the login page. */
export function requireLogin() {
  const login = centreLogin.current();
  if (!login) location.hash = '#/centre/connexion';
  return login;
}

/** The login of a centre page titled `title`, or null (and a redirect to the login page). */
export function openCentrePage(title) {
  const login = requireLogin();
  if (login) document.title = `${title} — Espace centre — Certamen`;
  return login;
}

/**
 * A list of pupils imported from a file (SIECLE export or CSV), sent to `path`: its form checks the file
 * (mode `preview`), `upload(mode)` sends it again in another mode; `onReport` receives the server's report.
 */
export function listFileImport({ idPrefix, path, error, onReport }) {
  const format = h('select', { name: 'format', id: `${idPrefix}-format` },
    h('option', { value: 'siecle' }, 'Export SIECLE « élèves sans adresses » (XML ou ZIP)'),
    h('option', { value: 'csv' }, 'Fichier CSV (séparateur ; ou ,)'));
  const file = h('input', { type: 'file', name: 'file', id: `${idPrefix}-file`, required: true, accept: '.xml,.zip,.csv,.txt' });

  async function upload(mode) {
    error.hidden = true;
    const bytes = await file.files[0].arrayBuffer();
    await onReport(await api('POST', `${path}?format=${format.value}&mode=${mode}`, { raw: bytes }));
  }

  const form = h('form', {
    className: 'stack-form',
    onsubmit: (event) => {
      event.preventDefault();
      upload('preview').catch((failure) => showError(error, failure));
    },
  }, field('Format', format), field('Fichier', file), h('button', { type: 'submit' }, 'Vérifier le fichier'));
  return { form, upload };
}

/** Calls the API with the centre's token; an expired token leads back to the login page. */
export function api(method, path, options) {
  return centreLogin.request(method, path, options);
}

export function centreHeader(centre, current) {
  const logout = () => {
    centreLogin.forget();
    location.hash = '#/centre/connexion';
  };
  return h('header', { className: 'page-header' },
    h('p', { className: 'centre-name' }, centre.name),
    h('nav', { 'aria-label': 'Espace centre' },
      h('a', { href: '#/centre', 'aria-current': current === 'sessions' ? 'page' : false }, 'Sessions'),
      h('a', { href: '#/centre/eleves', 'aria-current': current === 'pupils' ? 'page' : false }, 'Élèves'),
      h('a', { href: '#/centre/membres', 'aria-current': current === 'members' ? 'page' : false }, 'Membres'),
      h('a', { href: '#/centre/resultats', 'aria-current': current === 'results' ? 'page' : false }, 'Résultats'),
      h('a', { href: '#/centre/campagnes', 'aria-current': current === 'campaigns' ? 'page' : false }, 'Campagnes')),
    h('p', { className: 'who' }, `${centre.me.email} (${ROLE_LABELS[centre.me.role]})`),
    h('button', { type: 'button', className: 'secondary', onclick: logout }, 'Se déconnecter'));
}

export function showCentreLogin(main) {
  document.title = 'Connexion — Espace centre — Certamen';
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const error = alertBox();
  const form = h('form', {
    onsubmit: submitHandler(error, async () => {
      const login = await request('POST', '/api/centre-sessions', { body: { email: email.value, password: password.value } });
      centreLogin.save({ token: login.token, centreId: login.centreId });
      location.hash = '#/centre';
    }),
  }, field('Adresse e-mail', email), field('Mot de passe', password), error,
  h('button', { type: 'submit' }, 'Se connecter'));
  main.replaceChildren(h('section', { className: 'screen narrow' },
    h('h1', { tabindex: '-1' }, 'Espace centre'), form,
    h('p', {}, h('a', { href: '#/centre/mot-de-passe-oublie' }, 'Mot de passe oublié ?')),
    h('p', {}, h('a', { href: '#/centre/activation' }, 'Première connexion de votre établissement ? Activer son espace')),
    h('p', {}, h('a', { href: '#/surveillance' }, 'Vous surveillez une session ? Connexion surveillant'))));
}

/** What the page that sets a password says, and where it sends it: an invitation's by default. */
const INVITATION = {
  pageTitle: 'Invitation', title: 'Rejoindre l’espace centre', intro: 'Choisissez le mot de passe de votre compte.',
  submit: 'Activer mon compte', done: 'Votre compte est prêt', endpoint: '/api/centre-invitations/acceptance',
};

/** The page of a link that sets a password: an invitation, a password reset or a school's activation. */
export function showAcceptInvitation(main, token, wording = INVITATION) {
  document.title = `${wording.pageTitle} — Espace centre — Certamen`;
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'new-password', required: true, minlength: '10' });
  const again = h('input', { type: 'password', name: 'again', autocomplete: 'new-password', required: true, minlength: '10' });
  const error = alertBox();
  const section = h('section', { className: 'screen narrow' });
  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      error.hidden = true;
      if (password.value !== again.value) {
        showError(error, 'Les deux mots de passe ne sont pas identiques.');
        return;
      }
      try {
        const accepted = await request('POST', wording.endpoint, { body: { token, password: password.value } });
        section.replaceChildren(h('h1', { tabindex: '-1' }, wording.done),
          h('p', { role: 'status' }, `Connectez-vous avec l’adresse ${accepted.email} et votre nouveau mot de passe.`),
          h('p', {}, h('a', { href: '#/centre/connexion' }, 'Aller à la connexion')));
        section.querySelector('h1').focus();
      } catch (failure) {
        showError(error, wording.expired && failure.status === 404 ? wording.expired : failure);
      }
    },
  }, field('Mot de passe', password, 'Au moins 10 caractères.'), field('Confirmez le mot de passe', again), error,
  h('button', { type: 'submit' }, wording.submit));
  section.append(h('h1', { tabindex: '-1' }, wording.title), h('p', {}, wording.intro), form);
  main.replaceChildren(section);
}

export function showCentreHome(main) {
  const login = openCentrePage('Sessions');
  if (!login) return;
  const error = alertBox();
  const list = h('div', {});
  const created = h('div', { role: 'status' });
  const inputs = sessionInputs();
  const form = h('form', {
    className: 'grid-form',
    onsubmit: submitHandler(error, async () => {
      const body = sessionBody(form, inputs);
      if (!body) return;
      const session = await api('POST', `/api/centres/${login.centreId}/sessions`, { body });
      created.replaceChildren(h('p', { className: 'notice' },
        `Session ${session.id} créée. Mot de passe surveillant : `, h('strong', {}, session.invigilatorPassword),
        ' — il figure aussi sur les informations d’accès (PDF).'));
      form.reset();
      await loadSessions();
    }),
  }, sessionFields(inputs), h('button', { type: 'submit' }, 'Créer la session'));

  async function loadSessions() {
    const sessions = await api('GET', `/api/centres/${login.centreId}/sessions`);
    list.replaceChildren(sessions.length === 0 ? h('p', {}, 'Aucune session pour le moment.')
      : h('table', {},
        h('caption', { className: 'visually-hidden' }, 'Sessions du centre, par date'),
        h('thead', {}, h('tr', {}, ['N° de session', 'Date', 'Heure', 'Salle', 'Surveillance', 'Places', 'État', ''].map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, sessions.map((session) => h('tr', {},
          h('td', {}, session.id), h('td', {}, frenchDate(session.date)), h('td', {}, session.time),
          h('td', {}, session.room), h('td', {}, session.examiner), h('td', {}, String(20 * session.invigilatorCount)),
          h('td', { className: `stage ${session.stage}` }, STAGE_LABELS[session.stage] ?? ''),
          h('td', {}, h('a', { href: `#/centre/sessions/${session.id}` }, `Ouvrir la session ${session.id}`)))))));
  }

  (async () => {
    try {
      const centre = await api('GET', `/api/centres/${login.centreId}`);
      main.replaceChildren(centreHeader(centre, 'sessions'), h('section', { className: 'screen' },
        h('h1', { tabindex: '-1' }, 'Sessions'), error, list,
        h('h2', {}, 'Nouvelle session'), created, form));
      await loadSessions();
      main.querySelector('h1').focus();
    } catch (failure) {
      main.replaceChildren(h('section', { className: 'screen' }, h('h1', {}, 'Sessions'), error));
      showError(error, failure);
    }
  })();
}

export function showMembers(main) {
  const login = openCentrePage('Membres');
  if (!login) return;
  const error = alertBox();
  const list = h('div', {});
  const sent = h('div', { role: 'status' });
  const email = h('input', { type: 'email', name: 'email', required: true });
  const role = h('select', { name: 'role' }, h('option', { value: 'MEMBER' }, 'membre'), h('option', { value: 'ADMINISTRATOR' }, 'administrateur'));

  async function load(centre) {
    const members = await api('GET', `/api/centres/${login.centreId}/members`);
    const admin = centre.me.role === 'ADMINISTRATOR';
    list.replaceChildren(h('table', {},
      h('caption', { className: 'visually-hidden' }, 'Membres du centre'),
      h('thead', {}, h('tr', {}, ['Adresse', 'Rôle', 'État', admin ? 'Actions' : ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, members.map((member) => {
        const other = member.role === 'ADMINISTRATOR' ? 'MEMBER' : 'ADMINISTRATOR';
        return h('tr', {},
          h('td', {}, member.email), h('td', {}, ROLE_LABELS[member.role]),
          h('td', {}, member.accepted ? 'actif' : 'invitation envoyée'),
          h('td', {}, admin ? [
            h('button', {
              type: 'button', className: 'secondary',
              onclick: () => act(() => api('POST', `/api/centres/${login.centreId}/members/${encodeURIComponent(member.email)}/role`, { body: { role: other } }), centre),
            }, `Rendre ${ROLE_LABELS[other]} (${member.email})`),
            h('button', {
              type: 'button', className: 'danger',
              onclick: async () => {
                const confirmed = await confirmDialog({
                  title: `Retirer ${member.email} du centre ?`,
                  content: [h('p', {}, 'Cette personne ne pourra plus se connecter à l’espace du centre.')],
                  confirmLabel: 'Retirer', danger: true,
                });
                if (confirmed) act(() => api('DELETE', `/api/centres/${login.centreId}/members/${encodeURIComponent(member.email)}`), centre);
              },
            }, `Retirer ${member.email}`)] : ''));
      }))));
  }

  async function act(action, centre) {
    error.hidden = true;
    try {
      await action();
      await load(centre);
    } catch (failure) {
      showError(error, failure);
    }
  }

  (async () => {
    try {
      const centre = await api('GET', `/api/centres/${login.centreId}`);
      const invite = h('form', {
        className: 'grid-form',
        onsubmit: submitHandler(error, async () => {
          const invitation = await api('POST', `/api/centres/${login.centreId}/invitations`, { body: { email: email.value, role: role.value } });
          sent.replaceChildren(h('div', { className: 'notice' },
            h('p', {}, `Invitation créée pour ${invitation.email}`,
              invitation.mailed ? ' et envoyée par e-mail.' : '. Aucun serveur de messagerie n’est configuré : transmettez-lui ce lien.'),
            field('Lien d’invitation (valable 7 jours)', h('input', { readonly: true, value: invitation.link, className: 'link' }))));
          invite.reset();
          await load(centre);
        }),
      }, field('Adresse e-mail', email), field('Rôle', role), h('button', { type: 'submit' }, 'Inviter'));
      main.replaceChildren(centreHeader(centre, 'members'), h('section', { className: 'screen' },
        h('h1', { tabindex: '-1' }, 'Membres du centre'), error, list,
        centre.me.role === 'ADMINISTRATOR' ? [h('h2', {}, 'Inviter un membre'), sent, invite]
          : h('p', {}, 'Seuls les administrateurs et administratrices du centre invitent et gèrent les membres.')));
      await load(centre);
      main.querySelector('h1').focus();
    } catch (failure) {
      main.replaceChildren(h('section', { className: 'screen' }, h('h1', {}, 'Membres du centre'), error));
      showError(error, failure);
    }
  })();
}

/** The columns of the CSV import, as the server reads them. */
const CSV_COLUMNS = [
  ['Nom', 'obligatoire'],
  ['Prénom', 'obligatoire'],
  ['Date de naissance', 'obligatoire, jj/mm/aaaa ou aaaa-mm-jj'],
  ['Classe', 'obligatoire'],
  ['INE', 'obligatoire, l’identifiant national de l’élève'],
  ['Temps majoré', 'facultatif, un pourcentage de 0 à 100 (33 pour un tiers-temps)'],
  ['Aménagements', 'facultatif, oui ou non'],
];

/** A small CSV to start from, saved the way the import reads best (UTF-8 with a byte order mark, « ; »). */
function downloadExampleCsv() {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(';'),
    'DUPONT;Camille;04/03/2012;3e A;000000901AB;;non',
    'MARTIN;Sacha;17/09/2011;3e B;000000902AB;33;oui'];
  saveFile(new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }), 'exemple-import-eleves.csv');
}

/** The enrolment fields of a candidate, prefilled with `candidate` when given. */
function candidateInputs(candidate = {}) {
  return {
    lastName: h('input', { name: 'lastName', required: true, autocomplete: 'off', value: candidate.lastName ?? false }),
    firstName: h('input', { name: 'firstName', required: true, autocomplete: 'off', value: candidate.firstName ?? false }),
    birthdate: dateInput('birthdate', candidate.birthdate),
    division: h('input', { name: 'division', value: candidate.division ?? false }),
    externalId: h('input', { name: 'externalId', value: candidate.externalId ?? false }),
    extraTimePercentage: h('input', {
      type: 'number', name: 'extraTimePercentage', min: '0', max: '100', value: String(candidate.extraTimePercentage ?? 0),
    }),
    needsAccessibility: h('input', { type: 'checkbox', name: 'needsAccessibility', checked: Boolean(candidate.needsAccessibility) }),
  };
}

function candidateFields(inputs, idPrefix) {
  inputs.needsAccessibility.id = `${idPrefix}-accessibility`;
  return [field('Nom', inputs.lastName), field('Prénom', inputs.firstName),
    field('Date de naissance', inputs.birthdate, 'jj/mm/aaaa'), field('Classe', inputs.division), field('INE', inputs.externalId),
    field('Temps majoré (%)', inputs.extraTimePercentage),
    h('div', { className: 'field checkbox' }, inputs.needsAccessibility,
      h('label', { for: inputs.needsAccessibility.id }, 'Aménagements d’accessibilité'))];
}

/** The API body of candidate fields; null (with the field flagged) when the birth date is wrong. */
function candidateBody(inputs) {
  const birthdate = dateOf(inputs.birthdate);
  if (!birthdate) {
    inputs.birthdate.reportValidity();
    return null;
  }
  return {
    lastName: inputs.lastName.value, firstName: inputs.firstName.value, birthdate,
    division: inputs.division.value, externalId: inputs.externalId.value,
    extraTimePercentage: Number(inputs.extraTimePercentage.value || 0), needsAccessibility: inputs.needsAccessibility.checked,
  };
}

export function showSession(main, sessionId) {
  const login = openCentrePage(`Session ${sessionId}`);
  if (!login) return;
  const error = alertBox();
  const candidatesBox = h('div', {});
  const importReport = h('div', { id: 'import-report', 'aria-live': 'polite' });
  const sessionPath = `/api/sessions/${sessionId}`;
  let session = null;
  const open = () => session && (session.stage === 'planned' || session.stage === 'underway');

  async function act(action) {
    error.hidden = true;
    try {
      await action();
    } catch (failure) {
      showError(error, failure);
      error.scrollIntoView({ block: 'nearest' });
    }
  }

  async function editCandidate(candidate) {
    const inputs = candidateInputs(candidate);
    const form = await confirmDialog({
      title: `Modifier l’inscription de ${candidate.firstName} ${candidate.lastName}`,
      content: [h('div', { className: 'grid-form' }, candidateFields(inputs, 'edit'))],
      confirmLabel: 'Enregistrer les modifications',
    });
    if (!form) return;
    const body = candidateBody(inputs);
    if (!body) {
      showError(error, 'Cette date de naissance n’existe pas : rien n’a été modifié.');
      return;
    }
    await act(async () => {
      await api('PATCH', `${sessionPath}/candidates/${candidate.id}`, { body });
      await loadCandidates();
    });
  }

  async function removeCandidate(candidate) {
    const confirmed = await confirmDialog({
      title: `Retirer ${candidate.firstName} ${candidate.lastName} de la session ?`,
      content: [h('p', {}, 'Son inscription sera supprimée. Une personne déjà entrée dans la session ne peut plus être retirée : '
        + 'la surveillance peut alors noter son absence.')],
      confirmLabel: 'Retirer de la session', danger: true,
    });
    if (confirmed) await act(async () => {
      await api('DELETE', `${sessionPath}/candidates/${candidate.id}`);
      await loadCandidates();
    });
  }

  async function loadCandidates() {
    session = await api('GET', sessionPath);
    const candidates = session.candidates;
    const editable = open();
    candidatesBox.replaceChildren(
      h('p', {}, candidates.length === 0 ? 'Aucune inscription pour le moment.' : `${count(candidates.length, 'inscription')}.`),
      candidates.length === 0 ? '' : h('table', { id: 'candidates' },
        h('caption', { className: 'visually-hidden' }, 'Inscriptions à la session'),
        h('thead', {}, h('tr', {}, ['Nom', 'Prénom', 'Naissance', 'Classe', 'INE', 'Temps majoré', 'Aménagements', 'Certifiabilité',
          editable ? 'Actions' : ''].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, candidates.map((c) => h('tr', {},
          h('td', {}, c.lastName), h('td', {}, c.firstName), h('td', {}, frenchDate(c.birthdate)),
          h('td', {}, c.division ?? ''), h('td', {}, c.externalId ?? ''),
          h('td', {}, c.extraTimePercentage ? `${c.extraTimePercentage} %` : '—'),
          h('td', {}, c.needsAccessibility ? 'oui' : 'non'),
          h('td', { className: `certifiability ${c.certifiability}` }, CERTIFIABILITY_LABELS[c.certifiability]),
          h('td', { className: 'row-actions' }, editable ? [
            h('button', { type: 'button', className: 'secondary', 'aria-label': `Modifier ${c.firstName} ${c.lastName}`, onclick: () => editCandidate(c) }, 'Modifier'),
            h('button', { type: 'button', className: 'secondary danger-text', 'aria-label': `Retirer ${c.firstName} ${c.lastName}`, onclick: () => removeCandidate(c) }, 'Retirer'),
          ] : ''))))));
    return session;
  }

  const enrolInputs = candidateInputs();
  const enrolForm = h('form', {
    className: 'grid-form',
    onsubmit: submitHandler(error, async () => {
      const body = candidateBody(enrolInputs);
      if (!body) return;
      await api('POST', `${sessionPath}/candidates`, { body });
      enrolForm.reset();
      await loadCandidates();
      enrolInputs.lastName.focus();
    }),
  }, candidateFields(enrolInputs, 'enrol'), h('button', { type: 'submit' }, 'Inscrire'));
  enrolInputs.birthdate.addEventListener('input', () => enrolInputs.birthdate.setCustomValidity(''));

  const fileImport = listFileImport({
    idPrefix: 'import', path: `${sessionPath}/candidate-imports`, error,
    onReport: async (report) => {
      showReport(report);
      if (report.enrolledCount > 0 || report.updatedCount > 0) await loadCandidates();
    },
  });

  const pupilsTable = (drafts) => h('div', { className: 'scroll-box' }, h('table', { className: 'compact' },
    h('caption', { className: 'visually-hidden' }, 'Élèves que le fichier inscrira'),
    h('thead', {}, h('tr', {}, ['Nom', 'Prénom', 'Naissance', 'Classe', 'INE', 'Temps majoré'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, drafts.map((d) => h('tr', {}, h('td', {}, d.lastName), h('td', {}, d.firstName), h('td', {}, frenchDate(d.birthdate)),
      h('td', {}, d.division ?? ''), h('td', {}, d.externalId ?? ''), h('td', {}, d.extraTimePercentage ? `${d.extraTimePercentage} %` : '—'))))));

  function showReport(report) {
    const done = report.enrolledCount > 0 || report.updatedCount > 0;
    const children = [h('h3', { tabindex: '-1' }, report.fileRejected ? 'Fichier refusé' : done ? 'Import terminé' : 'Vérification du fichier')];
    if (report.fileRejected) {
      // The file itself is unreadable: its reasons, not line counts.
      children.push(h('ul', { className: 'problems' }, report.problems.map((problem) => h('li', {}, problem.reason))));
    } else {
      if (done) {
        children.push(h('p', { className: 'success' }, [
          report.enrolledCount > 0 ? `${count(report.enrolledCount, 'nouvelle inscription', 'nouvelles inscriptions')}.` : '',
          report.updatedCount > 0 ? ` ${count(report.updatedCount, 'élève déjà inscrit·e mis·e à jour', 'élèves déjà inscrit·es mis·es à jour')} (aucun doublon).` : '',
        ].join('').trim()));
      }
      children.push(h('p', {}, `${count(report.validCount, 'ligne valide', 'lignes valides')}, ${count(report.rejectedCount, 'ligne rejetée', 'lignes rejetées')}.`));
      if (report.problems.length > 0) {
        children.push(h('h4', {}, 'Lignes rejetées'),
          h('ul', { className: 'problems' }, report.problems.map((problem) => h('li', {}, problem.description))));
      }
    }
    if (report.skipped.length > 0) {
      children.push(h('h4', {}, 'Élèves non importés'),
        h('ul', {}, report.skipped.map((problem) => h('li', {}, problem.description))));
    }
    if (!done && report.validCount > 0 && !report.fileRejected) {
      children.push(h('h4', {}, report.clean ? 'Élèves à inscrire' : 'Élèves des lignes valides'), pupilsTable(report.candidates),
        h('p', { className: 'hint' }, 'Les élèves déjà inscrits (même INE, ou même identité) sont mis à jour, jamais inscrits deux fois.'));
      const n = report.validCount;
      children.push(report.clean
        ? h('button', { type: 'button', onclick: () => fileImport.upload('all-or-nothing').catch((f) => showError(error, f)) },
          n === 1 ? 'Importer cet élève' : `Importer ces ${n} élèves`)
        : [h('p', {}, 'Rien n’est importé tant que le fichier contient des erreurs. Corrigez-le et recommencez, ou :'),
          h('button', { type: 'button', onclick: () => fileImport.upload('valid-lines').catch((f) => showError(error, f)) },
            n === 1 ? 'Importer quand même la ligne valide' : `Importer quand même les ${n} lignes valides`)]);
    }
    importReport.replaceChildren(h('div', { className: report.clean ? 'report' : 'report with-problems' }, ...children));
    importReport.querySelector('h3').focus();
  }

  const csvHelp = h('details', { className: 'help' }, h('summary', {}, 'Colonnes du fichier CSV'),
    h('p', {}, 'Une ligne d’en-tête puis un élève par ligne, séparateur « ; » ou « , », enregistré en CSV UTF-8 ou en CSV (Windows). '
      + 'L’ordre des colonnes est libre ; les majuscules et les accents des en-têtes ne comptent pas.'),
    h('ul', {}, CSV_COLUMNS.map(([name, rule]) => h('li', {}, h('strong', {}, name), ` : ${rule}`))),
    h('button', { type: 'button', className: 'secondary', onclick: downloadExampleCsv }, 'Télécharger un exemple de fichier CSV'));

  const documents = (name, path, label) => h('button', {
    type: 'button', className: 'secondary',
    onclick: () => download(`${sessionPath}/${path}`, login.token, `${name}-${sessionId}.pdf`).catch((f) => showError(error, f)),
  }, label);

  function sessionPanel() {
    const inputs = sessionInputs(session);
    const form = h('form', {
      className: 'grid-form',
      onsubmit: (event) => {
        event.preventDefault();
        const body = sessionBody(form, inputs);
        if (body) act(async () => {
          await api('PATCH', sessionPath, { body });
          showSession(main, sessionId);
        });
      },
    }, sessionFields(inputs), h('button', { type: 'submit' }, 'Enregistrer'));
    const remove = h('button', {
      type: 'button', className: 'danger',
      onclick: async () => {
        const confirmed = await confirmDialog({
          title: `Supprimer la session ${sessionId} ?`,
          content: [h('p', {}, `${session.candidates.length === 0 ? 'Elle ne compte aucune inscription.'
            : session.candidates.length === 1 ? 'Son inscription sera supprimée aussi.'
              : `Ses ${session.candidates.length} inscriptions seront supprimées aussi.`} Cette action est définitive.`)],
          confirmLabel: 'Supprimer la session', danger: true,
        });
        if (confirmed) act(async () => {
          await api('DELETE', sessionPath);
          location.hash = '#/centre';
        });
      },
    }, 'Supprimer la session');
    return h('details', { className: 'panel' }, h('summary', {}, 'Modifier ou supprimer la session'),
      h('p', { className: 'hint' }, 'Possible tant qu’aucune personne inscrite n’est entrée dans la session.'), form, remove);
  }

  (async () => {
    try {
      const centre = await api('GET', `/api/centres/${login.centreId}`);
      const section = h('section', { className: 'screen' });
      main.replaceChildren(centreHeader(centre, 'sessions'), section);
      await loadCandidates();
      section.append(
        h('h1', { tabindex: '-1' }, `Session ${session.id}`, h('span', { className: `stage-badge ${session.stage}` }, STAGE_LABELS[session.stage])),
        h('p', {}, `${frenchDate(session.date)} à ${session.time} — ${session.room}, ${session.address} — surveillance : ${session.examiner}`),
        h('p', { id: 'capacity' }, `${count(session.invigilatorCount, 'surveillant')} : ${session.capacity} élèves au plus (un surveillant pour 20 élèves).`),
        error,
        h('div', { className: 'toolbar' },
          documents('feuille-emargement', 'attendance-sheet.pdf', 'Feuille d’émargement (PDF)'),
          documents('informations-acces', 'access-information.pdf', 'Informations d’accès (PDF)'),
          h('a', { href: `#/surveillance/${session.id}`, className: 'button' }, open() ? 'Superviser la session' : 'Voir la session finalisée')),
        session.stage === 'planned' ? sessionPanel() : '',
        h('h2', {}, 'Inscriptions'), candidatesBox,
        ...(open() ? [
          rosterEnrolPanel(login.centreId, sessionId, () => act(loadCandidates)),
          h('details', { className: 'panel' }, h('summary', {}, 'Inscrire un ou une élève'), enrolForm),
          h('details', { className: 'panel', open: true }, h('summary', {}, 'Importer une liste d’élèves'), fileImport.form, csvHelp, importReport),
        ] : [h('p', { className: 'notice' }, 'La session est finalisée : les inscriptions ne changent plus.')]));
      section.querySelector('h1').focus();
    } catch (failure) {
      main.replaceChildren(h('section', { className: 'screen' }, h('h1', {}, `Session ${sessionId}`), error));
      showError(error, failure);
    }
  })();
}
