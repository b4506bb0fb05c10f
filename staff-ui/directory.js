// Admins load the directory of schools, from which a school activates its own space with its UAI.
import { h, count } from '/invigilator/format.js';
import { staffLogin, showFailure } from './staff-api.js';

/** The directory's upload form and its report: lines loaded, and each refused line with its column and reason. */
export function directorySection() {
  const file = h('input', { id: 'directory-file', type: 'file', accept: '.csv,.txt', required: true });
  const report = h('div', { role: 'status', 'aria-live': 'polite' });
  const form = h('form', { className: 'grid-form' },
    h('div', { className: 'field' }, h('label', { for: 'directory-file' }, 'Fichier CSV de l’annuaire'), file),
    h('button', { type: 'submit' }, 'Charger l’annuaire'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    report.replaceChildren();
    try {
      const loaded = await staffLogin.request('POST', '/api/centres/directory', { raw: await file.files[0].arrayBuffer() });
      report.replaceChildren(h('p', { className: 'success' },
        `${count(loaded.loaded, 'établissement chargé', 'établissements chargés')}, `
        + `${count(loaded.rejected.length, 'ligne refusée', 'lignes refusées')}.`),
      loaded.rejected.length === 0 ? '' : h('ul', { className: 'problems' }, loaded.rejected.map((problem) =>
        h('li', {}, `Ligne ${problem.line} (${problem.field})\u00a0: ${problem.detail}`))));
    } catch (failure) {
      showFailure(report, failure);
    }
  });
  return [h('h2', {}, 'Annuaire des établissements'),
    h('p', {}, 'Une ligne par établissement\u00a0: UAI;Nom;Courriel officiel;Type (school ou other). Le chef ou la cheffe '
      + 'd’établissement active ensuite l’espace de l’établissement avec son UAI depuis la page de connexion des centres\u00a0; '
      + 'le lien d’activation part à l’adresse officielle.'), form, report];
}
