// The school's pupils: the list kept up to date from SIECLE, their certifiability, and enrolment from the list.
import { alertBox, api, centreHeader, field, listFileImport, openCentrePage, showError, submitHandler } from './centre.js';
import { count, frenchDate, h } from './format.js';
import { PUPIL_CERTIFIABILITY_LABELS } from './labels.js';

const PAGE_SIZE = 25;

/** « 412 élèves importés, 37 désactivés, 3 lignes refusées ». */
function importSummary(last) {
  return `${count(last.imported, 'élève importé', 'élèves importés')}, ${count(last.deactivated, 'désactivé')}, `
    + `${count(last.rejected, 'ligne refusée', 'lignes refusées')}`;
}

function frenchDateTime(iso) {
  const at = new Date(iso);
  return `${at.toLocaleDateString('fr-FR')} à ${at.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
}

function pupilNames(pupils) {
  return h('ul', { className: 'names' }, pupils.map((p) => h('li', {}, `${p.lastName} ${p.firstName} (${p.division})`)));
}

export function showPupils(main) {
  const login = openCentrePage('Élèves');
  if (!login) return;
  const centrePath = `/api/centres/${login.centreId}`;
  const error = alertBox();
  const summary = h('p', { id: 'last-import', className: 'notice' });
  const list = h('div', { id: 'pupils', 'aria-live': 'polite' });
  const report = h('div', { id: 'pupil-import-report' });
  let page = 1;

  const filters = {
    division: h('select', { name: 'division' }, h('option', { value: '' }, 'Toutes les classes')),
    status: h('select', { name: 'status' },
      h('option', { value: 'active' }, 'Élèves actuels'), h('option', { value: 'inactive' }, 'Anciens élèves (désactivés)'),
      h('option', { value: '' }, 'Tous')),
    certifiability: h('select', { name: 'certifiability' }, h('option', { value: '' }, 'Toutes'),
      ...Object.entries(PUPIL_CERTIFIABILITY_LABELS).map(([code, label]) => h('option', { value: code.toLowerCase().replace('_', '-') }, label))),
    q: h('input', { name: 'q', type: 'search', autocomplete: 'off' }),
  };
  const filterForm = h('form', {
    className: 'filters', role: 'search',
    onsubmit: (event) => {
      event.preventDefault();
      page = 1;
      load().catch((failure) => showError(error, failure));
    },
  }, field('Classe', filters.division), field('Statut', filters.status), field('Certifiabilité', filters.certifiability),
  field('Nom ou prénom', filters.q), h('button', { type: 'submit' }, 'Filtrer'));
  for (const select of [filters.division, filters.status, filters.certifiability]) {
    select.addEventListener('change', () => filterForm.requestSubmit());
  }

  async function load() {
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    for (const [name, input] of Object.entries(filters)) if (input.value) query.set(name, input.value);
    const found = await api('GET', `${centrePath}/pupils?${query}`);
    summary.textContent = found.lastImport
      ? `Liste importée le ${frenchDateTime(found.lastImport.importedAt)} : ${importSummary(found.lastImport)}.`
      : 'La liste des élèves n’a pas encore été importée.';
    const chosen = filters.division.value;
    filters.division.replaceChildren(h('option', { value: '' }, 'Toutes les classes'),
      ...found.divisions.map((d) => h('option', { value: d, selected: d === chosen }, d)));
    const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
    list.replaceChildren(
      h('p', {}, `${count(found.total, 'élève')}${pages > 1 ? ` — page ${found.page} sur ${pages}` : ''}.`),
      found.pupils.length === 0 ? '' : h('table', {},
        h('caption', { className: 'visually-hidden' }, 'Élèves de l’établissement, par classe et par nom'),
        h('thead', {}, h('tr', {}, ['Nom', 'Prénom', 'Naissance', 'Classe', 'INE', 'Statut', 'Certifiabilité']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, found.pupils.map((p) => h('tr', {},
          h('td', {}, p.lastName), h('td', {}, p.firstName), h('td', {}, frenchDate(p.birthdate)),
          h('td', {}, p.division), h('td', {}, p.ine ?? ''),
          h('td', {}, p.active ? 'actif' : `désactivé le ${frenchDate(p.deactivatedAt.slice(0, 10))}`),
          h('td', { className: `certifiability ${p.certifiability.status}` }, PUPIL_CERTIFIABILITY_LABELS[p.certifiability.status],
            p.certifiability.since ? h('span', { className: 'hint' }, ` depuis le ${frenchDate(p.certifiability.since.slice(0, 10))}`) : ''))))),
      pages < 2 ? '' : h('nav', { className: 'pager', 'aria-label': 'Pages de la liste' },
        h('button', { type: 'button', className: 'secondary', disabled: page <= 1, onclick: () => turn(-1) }, 'Page précédente'),
        h('button', { type: 'button', className: 'secondary', disabled: page >= pages, onclick: () => turn(1) }, 'Page suivante')));
  }

  function turn(by) {
    page += by;
    load().then(() => list.querySelector('p').focus?.()).catch((failure) => showError(error, failure));
  }

  const fileImport = listFileImport({
    idPrefix: 'pupil-import', path: `${centrePath}/pupil-imports`, error,
    onReport: async (result) => {
      showReport(result);
      if (result.applied) await load();
    },
  });

  function showReport(result) {
    const children = [h('h3', { tabindex: '-1' }, result.fileRejected ? 'Fichier refusé'
      : result.applied ? 'Liste des élèves mise à jour' : 'Ce que l’import va changer')];
    if (result.fileRejected) {
      children.push(h('ul', { className: 'problems' }, result.problems.map((p) => h('li', {}, p.reason))));
    } else {
      children.push(h('ul', { className: 'counts' },
        h('li', {}, count(result.addedCount, 'nouvel élève', 'nouveaux élèves')),
        h('li', {}, count(result.updatedCount, 'élève mis à jour', 'élèves mis à jour')
          + (result.reactivatedCount > 0 ? `, dont ${count(result.reactivatedCount, 'réactivé')}` : '')),
        h('li', {}, `${count(result.deactivatedCount, 'ancien élève désactivé', 'anciens élèves désactivés')}`
          + (result.deactivatedCount > 0 ? ' (ils ne figurent plus dans l’export ; leur historique est conservé)' : '')),
        h('li', {}, count(result.rejectedCount, 'ligne refusée', 'lignes refusées'))));
      if (result.added.length > 0) children.push(h('h4', {}, 'Nouveaux élèves'), pupilNames(result.added));
      if (result.deactivated.length > 0) children.push(h('h4', {}, 'Élèves désactivés'), pupilNames(result.deactivated));
      if (result.reactivated.length > 0) children.push(h('h4', {}, 'Élèves réactivés'), pupilNames(result.reactivated));
      if (result.problems.length > 0) {
        children.push(h('h4', {}, 'Lignes refusées'), h('ul', { className: 'problems' }, result.problems.map((p) => h('li', {}, p.description))));
      }
      if (result.skipped.length > 0) {
        children.push(h('h4', {}, 'Élèves non importés'), h('ul', {}, result.skipped.map((p) => h('li', {}, p.description))));
      }
      if (!result.applied) {
        children.push(h('button', { type: 'button', onclick: () => fileImport.upload('apply').catch((f) => showError(error, f)) },
          'Appliquer ces changements'));
      }
    }
    report.replaceChildren(h('div', { className: result.rejectedCount > 0 || result.fileRejected ? 'report with-problems' : 'report' }, ...children));
    report.querySelector('h3').focus();
  }

  const profileFile = h('input', { type: 'file', name: 'profiles', id: 'profile-import-file', required: true, accept: '.csv,.txt' });
  const profileReport = h('div', { id: 'profile-import-report' });
  const profileForm = h('form', {
    className: 'stack-form',
    onsubmit: submitHandler(error, async () => {
      const result = await api('POST', `${centrePath}/profile-imports?mode=apply`, { raw: await profileFile.files[0].arrayBuffer() });
      profileReport.replaceChildren(h('div', { className: result.rejectedCount > 0 ? 'report with-problems' : 'report' },
        h('p', { tabindex: '-1' }, `${count(result.profileCount, 'profil enregistré', 'profils enregistrés')}, dont `
          + `${count(result.certifiableCount, 'élève certifiable', 'élèves certifiables')} ; `
          + `${count(result.rejectedCount, 'ligne refusée', 'lignes refusées')}.`),
        result.problems.length === 0 ? '' : h('ul', { className: 'problems' }, result.problems.map((p) => h('li', {}, p.description)))));
      profileReport.querySelector('p').focus();
      await load();
    }),
  }, h('p', { className: 'hint' }, 'Un fichier CSV « INE;Compétence;Pix », une ligne par élève et par compétence (1.1 à 5.2, de 0 à 64 pix). '
    + 'Un élève est certifiable avec au moins 5 compétences au niveau 1 (8 pix ou plus).'),
  field('Fichier des profils', profileFile), h('button', { type: 'submit' }, 'Importer les profils'));

  (async () => {
    try {
      const centre = await api('GET', centrePath);
      main.replaceChildren(centreHeader(centre, 'pupils'), h('section', { className: 'screen' },
        h('h1', { tabindex: '-1' }, 'Élèves'), summary, error, filterForm, list,
        h('details', { className: 'panel', id: 'pupil-import' }, h('summary', {}, 'Importer la liste des élèves'),
          h('p', { className: 'hint' }, 'L’export SIECLE liste tout l’établissement : les élèves qui n’y figurent plus sont désactivés '
            + '(jamais supprimés), ceux qui reviennent sont réactivés. Un fichier CSV ajoute ou met à jour des élèves.'),
          fileImport.form, report),
        h('details', { className: 'panel' }, h('summary', {}, 'Importer les profils de compétences'), profileForm, profileReport)));
      await load();
      main.querySelector('h1').focus();
    } catch (failure) {
      main.replaceChildren(h('section', { className: 'screen' }, h('h1', {}, 'Élèves'), error));
      showError(error, failure);
    }
  })();
}

/**
 * On a session's page: pick a class, then its pupils (all ticked), and enrol them in one go. The server refuses the
 * whole group when it would take the session beyond 20 pupils per invigilator, or when a pupil is already enrolled
 * in another open session; its French message says which.
 */
export function rosterEnrolPanel(centreId, sessionId, enrolled) {
  const error = alertBox();
  const done = h('p', { role: 'status' });
  const division = h('select', { name: 'roster-division', id: 'roster-division' }, h('option', { value: '' }, 'Choisir une classe'));
  const choices = h('fieldset', { className: 'pupil-choices', hidden: true });
  const submit = h('button', { type: 'submit', hidden: true }, 'Inscrire les élèves cochés');
  let loaded = false;

  async function loadDivisions() {
    if (loaded) return;
    loaded = true;
    const found = await api('GET', `/api/centres/${centreId}/pupils?status=active&pageSize=1`);
    division.append(...found.divisions.map((d) => h('option', { value: d }, d)));
  }

  async function showClass() {
    error.hidden = true;
    done.textContent = '';
    if (!division.value) {
      choices.hidden = true;
      submit.hidden = true;
      return;
    }
    const query = new URLSearchParams({ status: 'active', division: division.value, pageSize: '200' });
    const found = await api('GET', `/api/centres/${centreId}/pupils?${query}`);
    choices.replaceChildren(h('legend', {}, `Élèves de ${division.value}`),
      ...found.pupils.map((p) => h('label', { className: 'check' },
        h('input', { type: 'checkbox', name: 'pupil', value: p.id, checked: true }),
        ` ${p.lastName} ${p.firstName}`,
        p.certifiability.status === 'CERTIFIABLE' ? '' : h('span', { className: `tag certifiability ${p.certifiability.status}` },
          ` ${PUPIL_CERTIFIABILITY_LABELS[p.certifiability.status]}`))));
    choices.hidden = false;
    submit.hidden = false;
  }

  const form = h('form', {
    className: 'stack-form',
    onsubmit: submitHandler(error, async () => {
      const pupilIds = [...choices.querySelectorAll('input[name="pupil"]:checked')].map((box) => box.value);
      if (pupilIds.length === 0) {
        showError(error, 'Cochez au moins un ou une élève.');
        return;
      }
      const result = await api('POST', `/api/sessions/${sessionId}/candidates`, { body: { pupilIds } });
      done.textContent = `${count(result.enrolledCount, 'élève inscrit', 'élèves inscrits')}.`;
      await enrolled();
    }),
  }, field('Classe', division), choices, error, submit, done);
  division.addEventListener('change', () => showClass().catch((failure) => showError(error, failure)));
  const panel = h('details', { className: 'panel', id: 'roster-enrolment' },
    h('summary', {}, 'Inscrire depuis la liste des élèves'), form);
  panel.addEventListener('toggle', () => {
    if (panel.open) loadDivisions().catch((failure) => showError(error, failure));
  });
  return panel;
}
