// One campaign for the school: its code, the tabs Activité, Résultats and Analyse, and the CSV exports.
import { competenceNames } from '/eleve/framework.js';
import { describeFailure, download } from './api.js';
import { api, centreHeader, requireLogin } from './centre.js';
import { barChart } from './bar-chart.js';
import { OBJECTIVE_LABELS, PARTICIPATION_LABELS, TIERS, percent } from './campaign-labels.js';
import { infoDialog } from './dialogs.js';
import { count, h } from './format.js';
import { allParcours, subjectName } from './parcours.js';

const TABS = [
  { path: '', label: 'Activité', show: showActivity },
  { path: '/resultats', label: 'Résultats', show: showResults, assessmentOnly: true },
  { path: '/analyse', label: 'Analyse', show: showAnalysis, assessmentOnly: true },
];

function frenchDateTime(iso) {
  return iso ? new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' }) : '—';
}

function fullName(participant) {
  return `${participant.lastName.toUpperCase()} ${participant.firstName}`;
}

/** A select of the classes present among `participants`, « Toutes les classes » first. */
function divisionSelect(id, participants) {
  const divisions = [...new Set(participants.map((participant) => participant.division))].sort((a, b) => a.localeCompare(b, 'fr'));
  return h('select', { id }, h('option', { value: '' }, 'Toutes les classes'), divisions.map((division) => h('option', { value: division }, division)));
}

function labelled(label, control) {
  return h('div', { className: 'field' }, h('label', { for: control.id }, label), control);
}

export async function showCampaign(main, id, tabPath = '') {
  const login = requireLogin();
  if (!login) return;
  const base = `/api/campaigns/${encodeURIComponent(id)}`;
  const [centre, campaign, parcoursList] = await Promise.all([
    api('GET', `/api/centres/${login.centreId}`), api('GET', base), allParcours()]);
  const assessment = campaign.objective === 'ASSESSMENT';
  const parcours = parcoursList.find((candidate) => candidate.id === campaign.parcoursId);
  const tabs = TABS.filter((tab) => assessment || !tab.assessmentOnly);
  const tab = tabs.find((candidate) => candidate.path === tabPath) ?? tabs[0];
  const error = h('p', { className: 'error', role: 'alert', hidden: true });
  const exportButton = assessment
    ? { label: 'Exporter les résultats (CSV)', path: `${base}/results.csv`, file: `resultats-${campaign.code}.csv` }
    : { label: 'Exporter les profils (CSV)', path: `${base}/profiles.csv`, file: `profils-${campaign.code}.csv` };
  const panel = h('div', { id: 'campaign-panel' });
  document.title = `${tab.label} — ${campaign.name} — Espace centre — Certamen`;
  main.replaceChildren(centreHeader(centre, 'campaigns'), h('section', { className: 'screen' },
    h('p', { className: 'breadcrumb' }, h('a', { href: '#/centre/campagnes' }, 'Campagnes')),
    h('h1', { tabindex: '-1' }, campaign.name),
    h('dl', { className: 'campaign-facts' },
      h('dt', {}, 'Code à donner aux élèves'), h('dd', {}, h('code', { className: 'campaign-code' }, campaign.code),
        h('span', { className: 'muted' }, ` sur ${location.origin}/eleve/`)),
      h('dt', {}, 'Objectif'), h('dd', {}, OBJECTIVE_LABELS[campaign.objective]),
      parcours ? [h('dt', {}, 'Parcours'), h('dd', {}, h('a', { href: `#/centre/parcours/${encodeURIComponent(parcours.id)}` }, parcours.name))] : null,
      campaign.title ? [h('dt', {}, 'Titre pour les élèves'), h('dd', {}, campaign.title)] : null,
      h('dt', {}, 'Envoi multiple'), h('dd', {}, campaign.multipleSendings ? 'oui' : 'non')),
    h('div', { className: 'toolbar' }, h('button', {
      type: 'button', className: 'secondary',
      onclick: () => download(exportButton.path, login.token, exportButton.file).catch((failure) => {
        error.textContent = describeFailure(failure);
        error.hidden = false;
      }),
    }, exportButton.label)),
    error,
    h('nav', { className: 'tabs', 'aria-label': 'Vues de la campagne' }, tabs.map((candidate) => h('a', {
      href: `#/centre/campagnes/${encodeURIComponent(id)}${candidate.path}`, 'aria-current': candidate === tab ? 'page' : false,
    }, candidate.label))),
    panel));
  main.querySelector('h1').focus();
  await tab.show(panel, { base, campaign, parcours });
}

/** A participant's detail: identity, class, status and dates, and per subject where the results say it. */
function showParticipant(participant, result, parcours) {
  const facts = [
    ['Classe', participant.division], ['Statut', PARTICIPATION_LABELS[participant.status]],
    ['Commencé le', frenchDateTime(participant.startedAt)], ['Envoyé le', frenchDateTime(participant.sharedAt)],
  ];
  if (result) facts.push(['Taux de maîtrise', percent(result.masteryRate)], ['Palier', TIERS[result.tier - 1].label]);
  const subjects = result?.subjects && parcours ? h('table', { className: 'compact' },
    h('caption', {}, 'Par sujet du parcours'),
    h('thead', {}, h('tr', {}, ['Sujet', 'Niveau atteint', 'Niveau visé', 'Maîtrise'].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, result.subjects.map((subject) => h('tr', {},
      h('th', { scope: 'row' }, subjectName(subject)), h('td', {}, String(subject.reachedLevel)),
      h('td', {}, String(subject.targetLevel)), h('td', {}, percent(subject.masteryRate)))))) : null;
  return infoDialog({
    title: fullName(participant),
    content: [h('dl', { className: 'campaign-facts' }, facts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])), subjects],
  });
}

async function showActivity(panel, { base, parcours }) {
  const activity = await api('GET', `${base}/activity`);
  const { participants } = activity;
  const entries = Object.entries(PARTICIPATION_LABELS).map(([status, label]) => ({
    label, value: activity.counts[status] ?? 0, className: status.toLowerCase(),
  }));
  const status = h('select', { id: 'filter-status' }, h('option', { value: '' }, 'Tous les statuts'),
    Object.entries(PARTICIPATION_LABELS).map(([value, label]) => h('option', { value }, label)));
  const division = divisionSelect('filter-division', participants);
  const name = h('input', { id: 'filter-name', type: 'search', autocomplete: 'off' });
  const shown = h('p', { className: 'hint', role: 'status' });
  const rows = h('tbody', {});
  const detail = async (participant) => {
    const results = parcours && participant.status === 'SHARED' ? await api('GET', `${base}/results`) : null;
    const result = results?.participants.find((candidate) => candidate.id === participant.id);
    await showParticipant(participant, result, parcours);
  };
  const refresh = () => {
    const words = name.value.trim().toLowerCase();
    const matching = participants.filter((participant) => (!status.value || participant.status === status.value)
      && (!division.value || participant.division === division.value)
      && (!words || fullName(participant).toLowerCase().includes(words)));
    shown.textContent = `${count(matching.length, 'participant')} sur ${participants.length}.`;
    rows.replaceChildren(...matching.map((participant) => h('tr', {},
      h('th', { scope: 'row' }, h('button', {
        type: 'button', className: 'link', onclick: () => detail(participant),
      }, fullName(participant))),
      h('td', {}, participant.division),
      h('td', { className: `participation ${participant.status}` }, PARTICIPATION_LABELS[participant.status]),
      h('td', {}, frenchDateTime(participant.startedAt)),
      h('td', {}, frenchDateTime(participant.sharedAt)))));
  };
  for (const control of [status, division]) control.addEventListener('change', refresh);
  name.addEventListener('input', refresh);
  refresh();
  panel.replaceChildren(
    h('h2', {}, 'Activité'),
    h('div', { className: 'activity-summary' },
      h('ul', { className: 'count-tiles' }, entries.map((entry) => h('li', { className: entry.className },
        h('span', { className: 'count-value' }, String(entry.value)), h('span', {}, entry.label)))),
      barChart({ title: 'Participants par statut', entries, describe: (entry) => `${entry.label} : ${entry.value}` })),
    h('h3', {}, 'Participants'),
    h('div', { className: 'stack-form' }, labelled('Statut', status), labelled('Classe', division), labelled('Nom', name)),
    shown,
    h('table', { id: 'participants' },
      h('caption', { className: 'visually-hidden' }, 'Participants de la campagne'),
      h('thead', {}, h('tr', {}, ['Élève', 'Classe', 'Statut', 'Commencé le', 'Envoyé le'].map((title) => h('th', { scope: 'col' }, title)))),
      rows));
}

async function showResults(panel, { base, parcours }) {
  const { participants } = await api('GET', `${base}/results`);
  let tier = null;
  const division = divisionSelect('filter-division', participants);
  const tierSelect = h('select', { id: 'filter-tier' }, h('option', { value: '' }, 'Tous les paliers'),
    TIERS.map((entry) => h('option', { value: String(entry.tier) }, `${entry.label} (${entry.range})`)));
  const shown = h('p', { className: 'hint', role: 'status' });
  const rows = h('tbody', {});
  const tiles = h('ul', { className: 'tier-tiles' });
  const refresh = () => {
    tier = tierSelect.value ? Number(tierSelect.value) : null;
    const inDivision = participants.filter((participant) => !division.value || participant.division === division.value);
    tiles.replaceChildren(...TIERS.map((entry) => {
      const size = inDivision.filter((participant) => participant.tier === entry.tier).length;
      return h('li', {}, h('button', {
        type: 'button', className: `tier-tile tier-${entry.tier}`, 'aria-pressed': String(tier === entry.tier),
        onclick: () => {
          tierSelect.value = tier === entry.tier ? '' : String(entry.tier);
          refresh();
        },
      }, h('span', { className: 'count-value' }, String(size)), h('span', {}, entry.label), h('span', { className: 'range' }, entry.range)));
    }));
    const matching = inDivision.filter((participant) => tier === null || participant.tier === tier);
    shown.textContent = tier === null ? `${count(matching.length, 'élève')}.`
      : `${count(matching.length, 'élève')} en ${TIERS[tier - 1].label}.`;
    rows.replaceChildren(...matching.map((participant) => h('tr', {},
      h('th', { scope: 'row' }, fullName(participant)), h('td', {}, participant.division),
      h('td', { className: 'number' }, percent(participant.masteryRate)),
      h('td', {}, h('meter', { min: '0', max: '1', value: String(participant.masteryRate), 'aria-hidden': 'true' })),
      h('td', { className: `tier tier-${participant.tier}` }, TIERS[participant.tier - 1].label))));
  };
  for (const control of [tierSelect, division]) control.addEventListener('change', refresh);
  refresh();
  panel.replaceChildren(
    h('h2', {}, 'Résultats'),
    h('p', {}, `Taux de maîtrise : la part des acquis visés par le parcours « ${parcours?.name ?? ''} » que l’élève maîtrise. Les résultats comptent dès que l’élève les a envoyés ; choisissez un palier pour lister ses élèves.`),
    tiles,
    h('div', { className: 'stack-form' }, labelled('Palier', tierSelect), labelled('Classe', division)),
    shown,
    h('table', { id: 'results' },
      h('caption', { className: 'visually-hidden' }, 'Taux de maîtrise par élève'),
      h('thead', {}, h('tr', {}, ['Élève', 'Classe', 'Taux de maîtrise', h('span', { className: 'visually-hidden' }, 'Barre'), 'Palier'].map((title) => h('th', { scope: 'col' }, title)))),
      rows));
}

async function showAnalysis(panel, { base }) {
  const [analysis, names] = await Promise.all([api('GET', `${base}/analysis`), competenceNames()]);
  const rateCells = (rate) => [h('td', { className: 'number' }, percent(rate)),
    h('td', {}, h('meter', { min: '0', max: '1', value: String(rate), 'aria-hidden': 'true' }))];
  const weakest = [...analysis.subjects].sort((a, b) => a.masteryRate - b.masteryRate);
  panel.replaceChildren(
    h('h2', {}, 'Sujets les moins maîtrisés'),
    h('p', {}, 'Taux de maîtrise moyen des participants qui ont envoyé leurs résultats, du moins maîtrisé au mieux maîtrisé.'),
    h('table', { id: 'analysis-subjects' },
      h('thead', {}, h('tr', {}, ['Sujet', 'Compétence', 'Taux de maîtrise', h('span', { className: 'visually-hidden' }, 'Barre')].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, weakest.map((subject) => h('tr', {},
        h('th', { scope: 'row' }, subjectName(subject)), h('td', {}, `${subject.competence} ${names[subject.competence] ?? ''}`),
        ...rateCells(subject.masteryRate))))),
    h('h2', {}, 'Résultats par compétence'),
    h('table', { id: 'analysis-competences' },
      h('thead', {}, h('tr', {}, ['Compétence', 'Taux de maîtrise', h('span', { className: 'visually-hidden' }, 'Barre')].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, analysis.competences.map((competence) => h('tr', {},
        h('th', { scope: 'row' }, `${competence.code} ${names[competence.code] ?? ''}`), ...rateCells(competence.masteryRate))))));
}
