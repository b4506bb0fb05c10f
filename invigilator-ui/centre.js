// The centre's pages: login, invitations, members, sessions, enrolment and documents.
import { describeFailure, download, request } from './api.js';
import { confirmDialog } from './dialogs.js';
import { frenchDate, h } from './format.js';
import { CERTIFIABILITY_LABELS, ROLE_LABELS } from './labels.js';
import { centreLogin, forgetCentreLogin, saveCentreLogin } from './session-store.js';

function alertBox() {
  return h('p', { className: 'error', role: 'alert', hidden: true });
}

function showError(box, failure) {
  box.textContent = typeof failure === 'string' ? failure : describeFailure(failure);
  box.hidden = false;
}

function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2)}`;
  input.id = id;
  return h('div', { className: 'field' }, h('label', { for: id }, label), hint ? h('span', { className: 'hint' }, hint) : null, input);
}

/** The login, or a redirect to the login page. */
function requireLogin() {
  const login = centreLogin();
  if (!login) location.hash = '#/centre/connexion';
  return login;
}

/** Calls the API with the centre's token; an expired token leads back to the login page. */
async function api(method, path, options = {}) {
  try {
    return await request(method, path, { ...options, token: centreLogin()?.token });
  } catch (failure) {
    if (failure.code === 'INVALID_TOKEN') {
      forgetCentreLogin();
      location.hash = '#/centre/connexion';
    }
    throw failure;
  }
}

function centreHeader(centre, current) {
  const logout = () => {
    forgetCentreLogin();
    location.hash = '#/centre/connexion';
  };
  return h('header', { className: 'page-header' },
    h('p', { className: 'centre-name' }, centre.name),
    h('nav', { 'aria-label': 'Espace centre' },
      h('a', { href: '#/centre', 'aria-current': current === 'sessions' ? 'page' : false }, 'Sessions'),
      h('a', { href: '#/centre/membres', 'aria-current': current === 'members' ? 'page' : false }, 'Membres')),
    h('p', { className: 'who' }, `${centre.me.email} (${ROLE_LABELS[centre.me.role]})`),
    h('button', { type: 'button', className: 'secondary', onclick: logout }, 'Se déconnecter'));
}

export function showCentreLogin(main) {
  document.title = 'Connexion — Espace centre — Certamen';
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const error = alertBox();
  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      error.hidden = true;
      try {
        const login = await request('POST', '/api/centre-sessions', { body: { email: email.value, password: password.value } });
        saveCentreLogin({ token: login.token, centreId: login.centreId });
        location.hash = '#/centre';
      } catch (failure) {
        showError(error, failure);
      }
    },
  }, field('Adresse e-mail', email), field('Mot de passe', password), error,
  h('button', { type: 'submit' }, 'Se connecter'));
  main.replaceChildren(h('section', { className: 'screen narrow' },
    h('h1', { tabindex: '-1' }, 'Espace centre'), form,
    h('p', {}, h('a', { href: '#/surveillance' }, 'Vous surveillez une session ? Connexion surveillant'))));
}

export function showAcceptInvitation(main, token) {
  document.title = 'Invitation — Espace centre — Certamen';
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
        const accepted = await request('POST', '/api/centre-invitations/acceptance', { body: { token, password: password.value } });
        section.replaceChildren(h('h1', { tabindex: '-1' }, 'Votre compte est prêt'),
          h('p', { role: 'status' }, `Connectez-vous avec l’adresse ${accepted.email} et votre nouveau mot de passe.`),
          h('p', {}, h('a', { href: '#/centre/connexion' }, 'Aller à la connexion')));
        section.querySelector('h1').focus();
      } catch (failure) {
        showError(error, failure);
      }
    },
  }, field('Mot de passe', password, 'Au moins 10 caractères.'), field('Confirmez le mot de passe', again), error,
  h('button', { type: 'submit' }, 'Activer mon compte'));
  section.append(h('h1', { tabindex: '-1' }, 'Rejoindre l’espace centre'),
    h('p', {}, 'Choisissez le mot de passe de votre compte.'), form);
  main.replaceChildren(section);
}

export function showCentreHome(main) {
  const login = requireLogin();
  if (!login) return;
  document.title = 'Sessions — Espace centre — Certamen';
  const error = alertBox();
  const list = h('div', {});
  const created = h('div', { role: 'status' });
  const inputs = {
    date: h('input', { type: 'date', name: 'date', required: true }),
    time: h('input', { type: 'time', name: 'time', required: true, value: '09:00' }),
    room: h('input', { name: 'room', required: true }),
    address: h('input', { name: 'address', required: true }),
    examiner: h('input', { name: 'examiner', required: true }),
  };
  const form = h('form', {
    className: 'grid-form',
    onsubmit: async (event) => {
      event.preventDefault();
      error.hidden = true;
      try {
        const session = await api('POST', `/api/centres/${login.centreId}/sessions`, {
          body: Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.value])),
        });
        created.replaceChildren(h('p', { className: 'notice' },
          `Session ${session.id} créée. Mot de passe surveillant : `, h('strong', {}, session.invigilatorPassword),
          ' — il figure aussi sur les informations d’accès (PDF).'));
        form.reset();
        await loadSessions();
      } catch (failure) {
        showError(error, failure);
      }
    },
  }, field('Date', inputs.date), field('Heure', inputs.time), field('Salle', inputs.room),
  field('Adresse', inputs.address), field('Surveillant(e)', inputs.examiner),
  h('button', { type: 'submit' }, 'Créer la session'));

  async function loadSessions() {
    const sessions = await api('GET', `/api/centres/${login.centreId}/sessions`);
    list.replaceChildren(sessions.length === 0 ? h('p', {}, 'Aucune session pour le moment.')
      : h('table', {},
        h('caption', { className: 'visually-hidden' }, 'Sessions du centre'),
        h('thead', {}, h('tr', {}, ['N° de session', 'Date', 'Heure', 'Salle', 'Surveillant(e)', ''].map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, sessions.map((session) => h('tr', {},
          h('td', {}, session.id), h('td', {}, frenchDate(session.date)), h('td', {}, session.time),
          h('td', {}, session.room), h('td', {}, session.examiner),
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
  const login = requireLogin();
  if (!login) return;
  document.title = 'Membres — Espace centre — Certamen';
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
        onsubmit: async (event) => {
          event.preventDefault();
          error.hidden = true;
          try {
            const invitation = await api('POST', `/api/centres/${login.centreId}/invitations`, { body: { email: email.value, role: role.value } });
            sent.replaceChildren(h('div', { className: 'notice' },
              h('p', {}, `Invitation créée pour ${invitation.email}`,
                invitation.mailed ? ' et envoyée par e-mail.' : '. Aucun serveur de messagerie n’est configuré : transmettez-lui ce lien.'),
              field('Lien d’invitation (valable 7 jours)', h('input', { readonly: true, value: invitation.link, className: 'link' }))));
            invite.reset();
            await load(centre);
          } catch (failure) {
            showError(error, failure);
          }
        },
      }, field('Adresse e-mail', email), field('Rôle', role), h('button', { type: 'submit' }, 'Inviter'));
      main.replaceChildren(centreHeader(centre, 'members'), h('section', { className: 'screen' },
        h('h1', { tabindex: '-1' }, 'Membres du centre'), error, list,
        centre.me.role === 'ADMINISTRATOR' ? [h('h2', {}, 'Inviter un membre'), sent, invite]
          : h('p', {}, 'Seuls les administrateurs du centre invitent et gèrent les membres.')));
      await load(centre);
      main.querySelector('h1').focus();
    } catch (failure) {
      main.replaceChildren(h('section', { className: 'screen' }, h('h1', {}, 'Membres du centre'), error));
      showError(error, failure);
    }
  })();
}

export function showSession(main, sessionId) {
  const login = requireLogin();
  if (!login) return;
  document.title = `Session ${sessionId} — Espace centre — Certamen`;
  const error = alertBox();
  const candidatesBox = h('div', {});
  const importReport = h('div', { id: 'import-report', 'aria-live': 'polite' });

  async function loadCandidates() {
    const session = await api('GET', `/api/sessions/${sessionId}`);
    const candidates = session.candidates;
    candidatesBox.replaceChildren(
      h('p', {}, `${candidates.length} candidat(s) inscrit(s).`),
      candidates.length === 0 ? '' : h('table', { id: 'candidates' },
        h('caption', { className: 'visually-hidden' }, 'Candidats inscrits'),
        h('thead', {}, h('tr', {}, ['Nom', 'Prénom', 'Naissance', 'Classe', 'INE', 'Temps majoré', 'Aménagements', 'Certifiabilité']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, candidates.map((c) => h('tr', {},
          h('td', {}, c.lastName), h('td', {}, c.firstName), h('td', {}, frenchDate(c.birthdate)),
          h('td', {}, c.division ?? ''), h('td', {}, c.externalId ?? ''),
          h('td', {}, c.extraTimePercentage ? `${c.extraTimePercentage} %` : '—'),
          h('td', {}, c.needsAccessibility ? 'oui' : 'non'),
          h('td', { className: `certifiability ${c.certifiability}` }, CERTIFIABILITY_LABELS[c.certifiability]))))));
    return session;
  }

  const enrolInputs = {
    lastName: h('input', { name: 'lastName', required: true, autocomplete: 'off' }),
    firstName: h('input', { name: 'firstName', required: true, autocomplete: 'off' }),
    birthdate: h('input', { type: 'date', name: 'birthdate', required: true }),
    division: h('input', { name: 'division' }),
    externalId: h('input', { name: 'externalId' }),
    extraTimePercentage: h('input', { type: 'number', name: 'extraTimePercentage', min: '0', max: '100', value: '0' }),
  };
  const accessibility = h('input', { type: 'checkbox', name: 'needsAccessibility' });
  const enrolForm = h('form', {
    className: 'grid-form',
    onsubmit: async (event) => {
      event.preventDefault();
      error.hidden = true;
      try {
        const body = Object.fromEntries(Object.entries(enrolInputs).map(([name, input]) => [name, input.value || undefined]));
        body.extraTimePercentage = Number(enrolInputs.extraTimePercentage.value || 0);
        body.needsAccessibility = accessibility.checked;
        await api('POST', `/api/sessions/${sessionId}/candidates`, { body });
        enrolForm.reset();
        await loadCandidates();
        enrolInputs.lastName.focus();
      } catch (failure) {
        showError(error, failure);
      }
    },
  }, field('Nom', enrolInputs.lastName), field('Prénom', enrolInputs.firstName), field('Date de naissance', enrolInputs.birthdate),
  field('Classe', enrolInputs.division), field('INE', enrolInputs.externalId), field('Temps majoré (%)', enrolInputs.extraTimePercentage),
  h('div', { className: 'field checkbox' }, accessibility, h('label', { for: (accessibility.id = 'needs-accessibility') }, 'Aménagements d’accessibilité')),
  h('button', { type: 'submit' }, 'Inscrire le candidat'));

  const format = h('select', { name: 'format', id: 'import-format' },
    h('option', { value: 'siecle' }, 'Export SIECLE « élèves sans adresses » (XML ou ZIP)'),
    h('option', { value: 'csv' }, 'Fichier CSV (séparateur ; ou ,)'));
  const file = h('input', { type: 'file', name: 'file', id: 'import-file', required: true, accept: '.xml,.zip,.csv,.txt' });

  async function upload(mode) {
    error.hidden = true;
    const bytes = await file.files[0].arrayBuffer();
    const report = await api('POST', `/api/sessions/${sessionId}/candidate-imports?format=${format.value}&mode=${mode}`, { raw: bytes });
    showReport(report);
    if (report.enrolledCount > 0) await loadCandidates();
  }

  function showReport(report) {
    const children = [h('h3', { tabindex: '-1' }, report.enrolledCount > 0 ? 'Import terminé' : 'Vérification du fichier')];
    if (report.enrolledCount > 0) {
      children.push(h('p', { className: 'success' }, `${report.enrolledCount} candidat(s) inscrit(s).`));
    }
    children.push(h('p', {}, `${report.validCount} ligne(s) valide(s), ${report.rejectedCount} ligne(s) rejetée(s).`));
    if (report.problems.length > 0) {
      children.push(h('h4', {}, 'Lignes rejetées'),
        h('ul', { className: 'problems' }, report.problems.map((problem) => h('li', {}, problem.description))));
    }
    if (report.skipped.length > 0) {
      children.push(h('h4', {}, 'Élèves non importés'),
        h('ul', {}, report.skipped.map((problem) => h('li', {}, problem.description))));
    }
    if (report.enrolledCount === 0 && report.validCount > 0 && !report.fileRejected) {
      children.push(report.clean
        ? h('button', { type: 'button', onclick: () => upload('all-or-nothing').catch((f) => showError(error, f)) }, `Importer les ${report.validCount} candidats`)
        : [h('p', {}, 'Rien n’est importé tant que le fichier contient des erreurs. Corrigez-le et recommencez, ou :'),
          h('button', { type: 'button', onclick: () => upload('valid-lines').catch((f) => showError(error, f)) },
            `Importer quand même les ${report.validCount} lignes valides`)]);
    }
    importReport.replaceChildren(h('div', { className: report.clean ? 'report' : 'report with-problems' }, ...children));
    importReport.querySelector('h3').focus();
  }

  const importForm = h('form', {
    className: 'grid-form',
    onsubmit: (event) => {
      event.preventDefault();
      upload('preview').catch((failure) => showError(error, failure));
    },
  }, field('Format', format), field('Fichier', file), h('button', { type: 'submit' }, 'Vérifier le fichier'));

  const documents = (name, path, label) => h('button', {
    type: 'button', className: 'secondary',
    onclick: () => download(`/api/sessions/${sessionId}/${path}`, login.token, `${name}-${sessionId}.pdf`).catch((f) => showError(error, f)),
  }, label);

  (async () => {
    try {
      const centre = await api('GET', `/api/centres/${login.centreId}`);
      const section = h('section', { className: 'screen' });
      main.replaceChildren(centreHeader(centre, 'sessions'), section);
      const session = await loadCandidates();
      section.append(
        h('h1', { tabindex: '-1' }, `Session ${session.id}`),
        h('p', {}, `${frenchDate(session.date)} à ${session.time} — ${session.room}, ${session.address} — surveillant(e) : ${session.examiner}`),
        error,
        h('div', { className: 'toolbar' },
          documents('feuille-emargement', 'attendance-sheet.pdf', 'Feuille d’émargement (PDF)'),
          documents('informations-acces', 'access-information.pdf', 'Informations d’accès (PDF)'),
          h('a', { href: `#/surveillance/${session.id}`, className: 'button' }, 'Superviser la session')),
        h('h2', {}, 'Candidats inscrits'), candidatesBox,
        h('details', { className: 'panel' }, h('summary', {}, 'Inscrire un candidat'), enrolForm),
        h('details', { className: 'panel', open: true }, h('summary', {}, 'Importer une liste de candidats'), importForm, importReport));
      section.querySelector('h1').focus();
    } catch (failure) {
      main.replaceChildren(h('section', { className: 'screen' }, h('h1', {}, `Session ${sessionId}`), error));
      showError(error, failure);
    }
  })();
}
