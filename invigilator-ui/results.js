// The school's published results, for its administrators: filters by school year, class and session; the results
// file, the attestations and the record systems' export of a class, and of one pupil.
import { download } from './api.js';
import { alertBox, api, centreHeader, field, openCentrePage, showError } from './centre.js';
import { count, frenchDate, h } from './format.js';

const RESULT_LABELS = { validated: 'validée', rejected: 'rejetée', cancelled: 'annulée', absent: 'absent·e' };

/** The query of the filters chosen; empty ones are left out. */
function query(filters) {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
  return params ? `?${params}` : '';
}

/** "3e_A", "2026-2027": a piece of a file name. */
const slug = (text) => text.replace(/[^A-Za-z0-9-]+/g, '_');

function select(label, name, options, chosen, onchange) {
  const input = h('select', { name, onchange },
    options.map(([value, text]) => h('option', { value, selected: value === chosen }, text)));
  return field(label, input);
}

export function showResults(main) {
  const login = openCentrePage('Résultats');
  if (!login) return;
  const error = alertBox();
  const path = `/api/centres/${login.centreId}`;
  // The current school year first, once the server said which years have results.
  const filters = { year: null, division: '', session: '' };
  const content = h('div', {});

  const save = (suffix, name, chosen = filters) => download(`${path}/${suffix}${query(chosen)}`, login.token, name)
    .catch((failure) => showError(error, failure));

  function downloads(shown) {
    const what = [filters.division ? `classe-${slug(filters.division)}` : 'etablissement', filters.year].filter(Boolean).join('-');
    const of = filters.division ? ` de la classe ${filters.division}` : '';
    const validated = shown.results.some((line) => line.status === 'validated');
    return h('div', { className: 'toolbar' },
      h('button', { type: 'button', className: 'secondary', onclick: () => save('results.csv', `resultats-${what}.csv`) },
        `Résultats${of} (CSV)`),
      h('button', { type: 'button', className: 'secondary', disabled: !validated, onclick: () => save('attestations.pdf', `attestations-${what}.pdf`) },
        `Attestations${of} (PDF)`),
      h('button', { type: 'button', className: 'secondary', onclick: () => save('results-export.csv', `export-livret-${what}.csv`) },
        `Export pour le livret${of} (CSV)`),
      h('button', { type: 'button', className: 'secondary', onclick: () => save('results-export.json', `export-livret-${what}.json`) },
        `Export pour le livret${of} (JSON)`));
  }

  function table(shown) {
    return h('table', { id: 'results' },
      h('caption', { className: 'visually-hidden' }, 'Résultats publiés'),
      h('thead', {}, h('tr', {}, ['Nom', 'Prénom', 'Classe', 'Session', 'Résultat', 'Score', 'Niveau global', 'Documents']
        .map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, shown.results.map((line) => {
        const pupil = { session: line.sessionId, candidate: line.candidateId };
        const who = `${line.firstName} ${line.lastName}`;
        const name = slug(`${line.lastName}-${line.firstName}`);
        return h('tr', {},
          h('td', {}, line.lastName), h('td', {}, line.firstName), h('td', {}, line.division ?? ''),
          h('td', {}, `n° ${line.sessionId} du ${frenchDate(line.sessionDate)}`),
          h('td', { className: `result ${line.status}` }, RESULT_LABELS[line.status] ?? line.status),
          h('td', {}, line.score ?? '—'), h('td', {}, line.globalLevel ?? '—'),
          h('td', { className: 'row-actions' },
            line.status === 'validated' ? h('button', {
              type: 'button', className: 'secondary', 'aria-label': `Attestation de ${who} (PDF)`,
              onclick: () => save('attestations.pdf', `attestation-${name}.pdf`, pupil),
            }, 'Attestation') : '',
            h('button', {
              type: 'button', className: 'secondary', 'aria-label': `Résultats de ${who} (CSV)`,
              onclick: () => save('results.csv', `resultats-${name}.csv`, pupil),
            }, 'CSV')));
      })));
  }

  async function load() {
    const shown = await api('GET', `${path}/results${query(filters)}`);
    if (filters.year === null) {
      filters.year = shown.years[0] ?? '';
      if (filters.year) return load();
    }
    const change = (name) => (event) => {
      filters[name] = event.target.value;
      if (name === 'year') Object.assign(filters, { division: '', session: '' });
      // The filters are drawn again: keep the keyboard on the one just changed.
      load().then(() => content.querySelector(`select[name="${name}"]`)?.focus())
        .catch((failure) => showError(error, failure));
    };
    content.replaceChildren(
      ...(shown.years.length === 0 ? [h('p', {}, 'Aucun résultat publié pour le moment.')] : [
        h('form', { className: 'grid-form filters', onsubmit: (event) => event.preventDefault() },
          select('Année scolaire', 'year', [['', 'Toutes les années'], ...shown.years.map((y) => [y, y])], filters.year, change('year')),
          select('Classe', 'division', [['', 'Toutes les classes'], ...shown.divisions.map((d) => [d, d])], filters.division, change('division')),
          select('Session', 'session', [['', 'Toutes les sessions'],
            ...shown.sessions.map((s) => [s.id, `n° ${s.id} du ${frenchDate(s.date)}`])], filters.session, change('session'))),
        h('p', { role: 'status' }, `${count(shown.results.length, 'résultat')}.`),
        downloads(shown),
        shown.results.length ? table(shown) : '']),
      h('details', { className: 'help' }, h('summary', {}, 'L’export pour le livret scolaire'),
        h('p', {}, 'Un fichier par classe pour les logiciels de vie scolaire : une ligne par certification validée, avec l’INE, '
          + 'le nom, le prénom, la date de naissance, la classe, la date de certification, le score, le niveau global, '
          + 'les 16 niveaux de compétence et le code de vérification. Ses colonnes ne changent pas d’une version à l’autre '
          + '(colonne formatVersion).')));
  }

  (async () => {
    try {
      const centre = await api('GET', path);
      const section = h('section', { className: 'screen' }, h('h1', { tabindex: '-1' }, 'Résultats'), error, content);
      main.replaceChildren(centreHeader(centre, 'results'), section);
      if (centre.me.role === 'ADMINISTRATOR') {
        await load();
      } else {
        // Members see that results exist; the results themselves are for the administrators, as the guide says.
        const sessions = await api('GET', `${path}/sessions`);
        const published = sessions.filter((session) => session.stage === 'published').length;
        content.replaceChildren(h('p', {}, published === 0 ? 'Aucune session n’a encore de résultats publiés.'
          : `${count(published, 'session a', 'sessions ont')} des résultats publiés.`),
        h('p', { className: 'notice' }, 'Seuls les administrateurs et administratrices de l’établissement consultent les '
          + 'résultats et téléchargent les attestations.'));
      }
      section.querySelector('h1').focus();
    } catch (failure) {
      main.replaceChildren(h('section', { className: 'screen' }, h('h1', {}, 'Résultats'), error));
      showError(error, failure);
    }
  })();
}
