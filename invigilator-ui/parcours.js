// The parcours catalogue: searchable by name and filterable by category, and one page per parcours with its subjects.
import { competenceNames } from '/eleve/framework.js';
import { api, centreHeader, requireLogin } from './centre.js';
import { count, h } from './format.js';

let catalogue = null;

/** Every parcours `[{id, name, category, description, subjects: [{tube, competence, targetLevel}]}]`, read once. */
export async function allParcours() {
  catalogue ??= api('GET', '/api/parcours').catch((failure) => {
    catalogue = null;
    throw failure;
  });
  return catalogue;
}

/** Lower case without accents, so that « securite » finds « Sécurité ». */
function folded(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A search field, a category list and the parcours that match both, each drawn by `item(parcours)`; the number found
 * is announced to screen readers as the pupil types.
 */
export function parcoursFinder(parcoursList, item) {
  const search = h('input', { id: 'parcours-search', type: 'search', autocomplete: 'off' });
  const categories = [...new Set(parcoursList.map((parcours) => parcours.category))].sort((a, b) => a.localeCompare(b, 'fr'));
  const category = h('select', { id: 'parcours-category' },
    h('option', { value: '' }, 'Toutes les catégories'), categories.map((name) => h('option', { value: name }, name)));
  const found = h('p', { className: 'hint', role: 'status' });
  const list = h('ul', { className: 'parcours-list' });
  const refresh = () => {
    const words = folded(search.value).split(/\s+/).filter(Boolean);
    const shown = parcoursList.filter((parcours) => (!category.value || parcours.category === category.value)
      && words.every((word) => folded(parcours.name).includes(word)));
    found.textContent = shown.length === 0 ? 'Aucun parcours ne correspond.' : `${count(shown.length, 'parcours', 'parcours')} trouvé${shown.length < 2 ? '' : 's'}.`;
    list.replaceChildren(...shown.map((parcours) => h('li', {}, item(parcours))));
  };
  search.addEventListener('input', refresh);
  category.addEventListener('change', refresh);
  refresh();
  return h('div', { className: 'parcours-finder' },
    h('div', { className: 'stack-form' },
      h('div', { className: 'field' }, h('label', { for: search.id }, 'Rechercher par nom'), search),
      h('div', { className: 'field' }, h('label', { for: category.id }, 'Catégorie'), category)),
    found, list);
}

/** "Opérateurs de recherche" is not in the bank: a tube's name is its code in words, « operateursRecherche » → « Operateurs recherche ». */
export function subjectName(subject) {
  const words = subject.tube.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The subjects of `parcours` as a table: subject, competence, level aimed at. */
export async function subjectsTable(parcours) {
  const names = await competenceNames();
  return h('table', { className: 'subjects' },
    h('caption', {}, `${count(parcours.subjects.length, 'sujet')} évalué${parcours.subjects.length < 2 ? '' : 's'}`),
    h('thead', {}, h('tr', {}, ['Sujet', 'Compétence', 'Niveau visé'].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, parcours.subjects.map((subject) => h('tr', {},
      h('th', { scope: 'row' }, subjectName(subject)),
      h('td', {}, `${subject.competence} ${names[subject.competence] ?? ''}`),
      h('td', {}, `niveau ${subject.targetLevel}`)))));
}

async function page(main, title, ...content) {
  const login = requireLogin();
  if (!login) return;
  const centre = await api('GET', `/api/centres/${login.centreId}`);
  document.title = `${title} — Espace centre — Certamen`;
  main.replaceChildren(centreHeader(centre, 'campaigns'), h('section', { className: 'screen' },
    h('p', { className: 'breadcrumb' }, h('a', { href: '#/centre/campagnes' }, 'Campagnes'), ' › ',
      h('a', { href: '#/centre/parcours' }, 'Parcours')),
    h('h1', { tabindex: '-1' }, title), ...content));
  main.querySelector('h1').focus();
}

export async function showCatalogue(main) {
  const parcoursList = await allParcours();
  await page(main, 'Catalogue des parcours',
    h('p', {}, 'Un parcours évalue quelques sujets jusqu’à un niveau visé ; il sert aux campagnes « Évaluer les participants ».'),
    parcoursFinder(parcoursList, (parcours) => h('span', {},
      h('a', { href: `#/centre/parcours/${encodeURIComponent(parcours.id)}` }, parcours.name),
      h('span', { className: 'muted' }, ` — ${parcours.category}, ${count(parcours.subjects.length, 'sujet')}`))));
}

export async function showParcours(main, id) {
  const parcours = (await allParcours()).find((candidate) => candidate.id === id);
  if (!parcours) {
    await page(main, 'Parcours introuvable', h('p', {}, 'Ce parcours n’est pas (ou plus) au catalogue.'));
    return;
  }
  await page(main, parcours.name,
    h('p', { className: 'muted' }, `Catégorie : ${parcours.category}`),
    parcours.description ? h('p', {}, parcours.description) : null,
    await subjectsTable(parcours));
}
