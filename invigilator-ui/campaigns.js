// The school's campaigns: the list with the codes pupils type, and the creation form with its parcours picker.
import { download } from './api.js';
import { alertBox, api, centreHeader, field, requireLogin, showError, submitHandler } from './centre.js';
import { confirmDialog, infoDialog } from './dialogs.js';
import { OBJECTIVE_LABELS } from './campaign-labels.js';
import { count, h } from './format.js';
import { allParcours, parcoursFinder, subjectsTable } from './parcours.js';

async function page(main, breadcrumb, title, ...content) {
  const login = requireLogin();
  if (!login) return null;
  const centre = await api('GET', `/api/centres/${login.centreId}`);
  document.title = `${title} — Espace centre — Certamen`;
  main.replaceChildren(centreHeader(centre, 'campaigns'), h('section', { className: 'screen' },
    breadcrumb, h('h1', { tabindex: '-1' }, title), ...content));
  main.querySelector('h1').focus();
  return login;
}

export async function showCampaigns(main) {
  const login = requireLogin();
  if (!login) return;
  const [campaigns, parcoursList] = await Promise.all([
    api('GET', `/api/centres/${login.centreId}/campaigns`), allParcours()]);
  const parcoursName = Object.fromEntries(parcoursList.map((parcours) => [parcours.id, parcours.name]));
  const list = campaigns.length === 0 ? h('p', {}, 'Aucune campagne pour le moment.')
    : h('table', { id: 'campaigns' },
      h('caption', { className: 'visually-hidden' }, 'Campagnes de l’établissement, avec leur code'),
      h('thead', {}, h('tr', {}, ['Campagne', 'Code', 'Objectif', 'Parcours', 'Créée le'].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, [...campaigns].reverse().map((campaign) => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: `#/centre/campagnes/${encodeURIComponent(campaign.id)}` }, campaign.name)),
        h('td', {}, h('code', { className: 'campaign-code' }, campaign.code)),
        h('td', {}, OBJECTIVE_LABELS[campaign.objective] ?? ''),
        h('td', {}, campaign.parcoursId ? parcoursName[campaign.parcoursId] ?? '' : '—'),
        h('td', {}, new Date(campaign.createdAt).toLocaleDateString('fr-FR'))))));
  const { divisions } = await api('GET', `/api/centres/${login.centreId}/pupils?status=active&pageSize=1`);
  await page(main, null, 'Campagnes',
    h('p', {}, 'Les élèves rejoignent une campagne avec son code, sur ', h('strong', {}, `${location.origin}/eleve/`), '.'),
    h('div', { className: 'toolbar' },
      h('a', { className: 'button', href: '#/centre/campagnes/nouvelle' }, 'Créer une campagne'),
      h('a', { className: 'button secondary', href: '#/centre/parcours' }, 'Catalogue des parcours')),
    list,
    credentialsForm(login, divisions));
}

/**
 * Identifiers and one-time passwords of a class on one PDF, for pupils who cannot receive mail; printing gives every
 * pupil of the class a new password, so it is confirmed first.
 */
function credentialsForm(login, divisions) {
  const division = h('select', { id: 'credentials-division', required: true },
    h('option', { value: '' }, 'Choisissez une classe'), divisions.map((name) => h('option', { value: name }, name)));
  const error = alertBox();
  return h('details', { className: 'panel' },
    h('summary', {}, 'Imprimer les identifiants d’une classe'),
    h('p', {}, 'Une feuille par classe avec l’identifiant de chaque élève et un mot de passe à usage unique : l’élève choisit le sien à la première connexion.'),
    h('form', {
      className: 'stack-form',
      onsubmit: submitHandler(error, async () => {
        const confirmed = await confirmDialog({
          title: `Imprimer les identifiants de la classe ${division.value} ?`,
          content: [h('p', {}, 'Chaque élève de la classe reçoit un nouveau mot de passe à usage unique : celui qu’il ou elle utilisait ne fonctionnera plus.')],
          confirmLabel: 'Imprimer',
        });
        if (!confirmed) return;
        await download(`/api/centres/${login.centreId}/pupil-credentials.pdf?division=${encodeURIComponent(division.value)}`,
          login.token, `identifiants-${division.value}.pdf`, 'POST');
      }),
    }, field('Classe', division), h('button', { type: 'submit' }, 'Imprimer les identifiants (PDF)')), error);
}

/** Radios of the parcours that match the finder; the choice survives a search that hides it for a while. */
function parcoursPicker(parcoursList) {
  let chosen = null;
  const details = async (parcours) => infoDialog({
    title: parcours.name,
    content: [h('p', { className: 'muted' }, `Catégorie : ${parcours.category}`),
      parcours.description ? h('p', {}, parcours.description) : null, await subjectsTable(parcours)],
  });
  const finder = parcoursFinder(parcoursList, (parcours) => {
    const id = `parcours-${parcours.id}`;
    return h('div', { className: 'parcours-option' },
      h('input', {
        type: 'radio', name: 'parcours', id, value: parcours.id, checked: chosen === parcours.id,
        onchange: () => { chosen = parcours.id; },
      }),
      h('label', { for: id }, parcours.name, h('span', { className: 'muted' }, ` — ${parcours.category}, ${count(parcours.subjects.length, 'sujet')}`)),
      h('button', { type: 'button', className: 'link', 'aria-label': `Voir les sujets du parcours ${parcours.name}`, onclick: () => details(parcours) }, 'Voir les sujets'));
  });
  return { element: finder, chosen: () => chosen };
}

export async function showNewCampaign(main) {
  const login = requireLogin();
  if (!login) return;
  const picker = parcoursPicker(await allParcours());
  const name = h('input', { id: 'campaign-name', required: true, maxlength: '200' });
  const objective = (value) => h('label', { className: 'field checkbox' },
    h('input', { type: 'radio', name: 'objective', value, checked: value === 'ASSESSMENT', required: true }), OBJECTIVE_LABELS[value]);
  const parcoursSet = h('fieldset', { className: 'parcours-picker' }, h('legend', {}, 'Parcours proposé aux élèves'), picker.element);
  const title = h('input', { id: 'campaign-title', maxlength: '200' });
  const landingText = h('textarea', { id: 'campaign-landing', rows: '3', maxlength: '2000' });
  const multiple = h('input', { type: 'checkbox', id: 'campaign-multiple' });
  const multipleHint = h('span', { className: 'hint', id: 'campaign-multiple-hint' });
  multiple.setAttribute('aria-describedby', multipleHint.id);
  const error = alertBox();
  const chosenObjective = () => form.querySelector('input[name="objective"]:checked').value;
  const objectiveChanged = () => {
    const assessment = chosenObjective() === 'ASSESSMENT';
    parcoursSet.hidden = !assessment;
    multipleHint.textContent = assessment
      ? 'Chaque élève pourra repasser le parcours 4 jours après son envoi, en ne répondant qu’aux questions ratées ou passées ; le dernier envoi compte.'
      : 'Le même code servira toute l’année ; chaque envoi de profil est gardé.';
  };
  const form = h('form', {
    className: 'campaign-form',
    onchange: (event) => {
      if (event.target.name === 'objective') objectiveChanged();
    },
    onsubmit: submitHandler(error, async () => {
      const assessment = chosenObjective() === 'ASSESSMENT';
      if (assessment && !picker.chosen()) {
        showError(error, 'Choisissez le parcours de la campagne.');
        return;
      }
      const campaign = await api('POST', `/api/centres/${login.centreId}/campaigns`, {
        body: {
          name: name.value.trim(), objective: chosenObjective(), parcoursId: assessment ? picker.chosen() : undefined,
          title: title.value.trim() || undefined, landingText: landingText.value.trim() || undefined,
          multipleSendings: multiple.checked,
        },
      });
      location.hash = `#/centre/campagnes/${encodeURIComponent(campaign.id)}`;
    }),
  }, field('Nom de la campagne', name, 'Par exemple « Rentrée 5e B » ; les élèves le voient si la campagne n’a pas de titre.'),
  h('fieldset', {}, h('legend', {}, 'Objectif'), objective('ASSESSMENT'), objective('PROFILES_COLLECTION')),
  parcoursSet,
  field('Titre affiché aux élèves (facultatif)', title),
  field('Texte d’accueil (facultatif)', landingText, 'Affiché aux élèves avant la première question.'),
  h('div', { className: 'field checkbox' }, multiple, h('label', { for: multiple.id }, 'Envoi multiple')), multipleHint,
  error,
  h('div', { className: 'toolbar' }, h('button', { type: 'submit' }, 'Créer la campagne'),
    h('a', { className: 'button secondary', href: '#/centre/campagnes' }, 'Annuler')));
  objectiveChanged();
  await page(main, h('p', { className: 'breadcrumb' }, h('a', { href: '#/centre/campagnes' }, 'Campagnes')), 'Nouvelle campagne', form);
}
