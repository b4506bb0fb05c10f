// One campaign for the school: its code, the tabs Activité, Résultats and Analyse, and the CSV exports.
import { describeFailure, download } from './api.js';
import { api, centreHeader, requireLogin } from './centre.js';
import { barChart } from './bar-chart.js';
import { OBJECTIVE_LABELS, PARTICIPATION_LABELS, TIERS, percent } from './campaign-labels.js';
import { infoDialog } from './dialogs.js';
import { count, h } from './format.js';
import { subjectName } from './parcours.js';

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

/** A select of the classes the API lists (`divisions`), « Toutes les classes » first. */
function divisionSelect(id, divisions) {
  return h('select', { id }, h('option', { value: '' }, 'Toutes les classes'),
    divisions.map((division) => h('option', { value: division }, division)));
}

/** `path?name=value&…` with the filters that are set. */
function filtered(path, filters) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value));
  return query.size ? `${path}?${query}` : path;
}

function labelled(label, control) {
  return h('div', { className: 'field' }, h('label', { for: control.id }, label), control);
}

export async function showCampaign(main, id, tabPath = '') {
  const login = requireLogin();
  if (!login) return;
  const base = `/api/campaigns/${encodeURIComponent(id)}`;
  const [centre, campaign] = await Promise.all([api('GET', `/api/centres/${login.centreId}`), api('GET', base)]);
  const assessment = campaign.objective === 'ASSESSMENT';
  const { parcours } = campaign;
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
    h('div', { className: 'tabs-bar' },
      h('nav', { className: 'tabs', 'aria-label': 'Vues de la campagne' }, tabs.map((candidate) => h('a', {
        href: `#/centre/campagnes/${encodeURIComponent(id)}${candidate.path}`, 'aria-current': candidate === tab ? 'page' : false,
      }, candidate.label))),
      h('button', {
        type: 'button', className: 'secondary',
        onclick: () => download(exportButton.path, login.token, exportButton.file).catch((failure) => {
          error.textContent = describeFailure(failure);
          error.hidden = false;
        }),
      }, exportButton.label)),
    error,
    panel));
  main.querySelector('h1').focus();
  await tab.show(panel, base);
}

/** A participant's detail: class, status, dates, and each sending with its mastery rate and subjects. */
async function showParticipant(base, participant) {
  const detail = await api('GET', `${base}/participants/${encodeURIComponent(participant.participationId)}`);
  const facts = [
    ['Classe', detail.division], ['Statut', PARTICIPATION_LABELS[detail.status]],
    ['Entré·e dans la campagne le', frenchDateTime(detail.joinedAt)], ['Questions répondues', String(detail.answered)],
    ['Envois', String(detail.sendings)],
  ];
  const sendings = detail.sendingHistory.map((sending, index) => h('section', { className: 'sending' },
    h('h3', {}, `Envoi ${index + 1} — ${frenchDateTime(sending.sentAt)}`),
    h('p', {}, sending.masteryRate === undefined ? '' : `Taux de maîtrise ${percent(sending.masteryRate)} (${TIERS[sending.tier - 1].label}) ; `,
      `${sending.totalPix} pix au total, ${sending.certifiable ? 'certifiable' : 'non certifiable'}.`),
    sending.subjects ? h('table', { className: 'compact' },
      h('caption', { className: 'visually-hidden' }, `Sujets de l’envoi ${index + 1}`),
      h('thead', {}, h('tr', {}, ['Sujet', 'Niveau atteint', 'Niveau visé', 'Maîtrise'].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, sending.subjects.map((subject) => h('tr', {},
        h('th', { scope: 'row' }, subjectName(subject)), h('td', {}, String(subject.reachedLevel)),
        h('td', {}, String(subject.targetLevel)), h('td', { className: 'number' }, percent(subject.masteryRate)))))) : null));
  await infoDialog({
    title: fullName(detail),
    content: [h('dl', { className: 'campaign-facts' }, facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
      ...sendings],
  });
}

async function showActivity(panel, base) {
  const first = await api('GET', `${base}/activity`);
  const entries = Object.entries(PARTICIPATION_LABELS).map(([status, label]) => ({
    label, value: first.counts[status] ?? 0, className: status.toLowerCase(),
  }));
  const status = h('select', { id: 'filter-status' }, h('option', { value: '' }, 'Tous les statuts'),
    Object.entries(PARTICIPATION_LABELS).map(([value, label]) => h('option', { value }, label)));
  const division = divisionSelect('filter-division', first.divisions);
  const name = h('input', { id: 'filter-name', type: 'search', autocomplete: 'off' });
  const shown = h('p', { className: 'hint', role: 'status' });
  const rows = h('tbody', {});
  const draw = ({ participants, total }) => {
    shown.textContent = `${count(participants.length, 'participant')} sur ${total}.`;
    rows.replaceChildren(...participants.map((participant) => h('tr', {},
      h('th', { scope: 'row' }, h('button', {
        type: 'button', className: 'link', onclick: () => showParticipant(base, participant),
      }, fullName(participant))),
      h('td', {}, participant.division),
      h('td', { className: `participation ${participant.status}` }, PARTICIPATION_LABELS[participant.status]),
      h('td', {}, frenchDateTime(participant.joinedAt)),
      h('td', {}, frenchDateTime(participant.sentAt)))));
  };
  // The server filters (names folded as at exam entry); a late answer never overwrites a newer one.
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    try {
      const activity = await api('GET', filtered(`${base}/activity`, { status: status.value, division: division.value, name: name.value.trim() }));
      if (mine === asked) draw(activity);
    } catch (failure) {
      shown.textContent = describeFailure(failure);
    }
  };
  for (const control of [status, division]) control.addEventListener('change', refresh);
  name.addEventListener('input', refresh);
  draw(first);
  panel.replaceChildren(
    h('h2', { className: 'visually-hidden' }, 'Activité'),
    h('div', { className: 'activity-summary' },
      h('ul', { className: 'count-tiles' }, entries.map((entry) => h('li', { className: entry.className },
        h('span', { className: 'count-value' }, String(entry.value)), h('span', {}, entry.label)))),
      barChart({ title: 'Participants par statut', entries, describe: (entry) => `${entry.label} : ${entry.value}` })),
    h('h3', {}, 'Participants'),
    h('div', { className: 'stack-form' }, labelled('Statut', status), labelled('Classe', division), labelled('Nom', name)),
    shown,
    h('table', { id: 'participants' },
      h('caption', { className: 'visually-hidden' }, 'Participants de la campagne'),
      h('thead', {}, h('tr', {}, ['Élève', 'Classe', 'Statut', 'Entré·e le', 'Envoyé le'].map((title) => h('th', { scope: 'col' }, title)))),
      rows));
}

async function showResults(panel, base) {
  const first = await api('GET', `${base}/results`);
  const division = divisionSelect('filter-division', first.divisions);
  const tier = h('select', { id: 'filter-tier' }, h('option', { value: '' }, 'Tous les paliers'),
    TIERS.map((entry) => h('option', { value: String(entry.tier) }, `${entry.label} (${entry.range})`)));
  const shown = h('p', { className: 'hint', role: 'status' });
  const rows = h('tbody', {});
  const tiles = h('ul', { className: 'tier-tiles' });
  const draw = (results) => {
    const chosen = Number(tier.value) || null;
    tiles.replaceChildren(...results.tiers.map((entry) => h('li', {}, h('button', {
      type: 'button', className: `tier-tile tier-${entry.tier}`, 'aria-pressed': String(chosen === entry.tier),
      onclick: () => {
        tier.value = chosen === entry.tier ? '' : String(entry.tier);
        refresh();
      },
    }, h('span', { className: 'count-value' }, String(entry.count)), h('span', {}, TIERS[entry.tier - 1].label),
    h('span', { className: 'range' }, TIERS[entry.tier - 1].range)))));
    const { participants } = results;
    shown.textContent = chosen === null
      ? `${count(results.sent, 'élève a envoyé ses résultats', 'élèves ont envoyé leurs résultats')} ; taux de maîtrise moyen ${percent(results.averageMasteryRate)}.`
      : `${count(participants.length, 'élève')} en ${TIERS[chosen - 1].label}.`;
    rows.replaceChildren(...participants.map((participant) => h('tr', {},
      h('th', { scope: 'row' }, fullName(participant)), h('td', {}, participant.division),
      h('td', { className: 'number' }, percent(participant.masteryRate)),
      h('td', {}, h('meter', { min: '0', max: '1', value: String(participant.masteryRate), 'aria-hidden': 'true' })),
      h('td', { className: `tier tier-${participant.tier}` }, TIERS[participant.tier - 1].label))));
  };
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    try {
      const results = await api('GET', filtered(`${base}/results`, { tier: tier.value, division: division.value }));
      if (mine === asked) draw(results);
    } catch (failure) {
      shown.textContent = describeFailure(failure);
    }
  };
  for (const control of [tier, division]) control.addEventListener('change', refresh);
  draw(first);
  panel.replaceChildren(
    h('h2', { className: 'visually-hidden' }, 'Résultats'),
    h('p', { className: 'intro' }, 'Taux de maîtrise : la part des acquis visés par le parcours que l’élève maîtrise, d’après son dernier envoi. Choisissez un palier pour lister ses élèves.'),
    tiles,
    h('div', { className: 'stack-form' }, labelled('Palier', tier), labelled('Classe', division)),
    shown,
    h('table', { id: 'results' },
      h('caption', { className: 'visually-hidden' }, 'Taux de maîtrise par élève'),
      h('thead', {}, h('tr', {}, ['Élève', 'Classe', 'Taux de maîtrise', h('span', { className: 'visually-hidden' }, 'Barre'), 'Palier'].map((title) => h('th', { scope: 'col' }, title)))),
      rows));
}

async function showAnalysis(panel, base) {
  const analysis = await api('GET', `${base}/analysis`);
  const rateCells = (rate) => [h('td', { className: 'number' }, percent(rate)),
    h('td', {}, h('meter', { min: '0', max: '1', value: String(rate), 'aria-hidden': 'true' }))];
  const header = (...titles) => h('thead', {}, h('tr', {},
    [...titles, h('span', { className: 'visually-hidden' }, 'Barre')].map((title) => h('th', { scope: 'col' }, title))));
  const weakest = [...analysis.subjects].sort((a, b) => a.masteryRate - b.masteryRate);
  panel.replaceChildren(
    h('h2', {}, 'Sujets les moins maîtrisés'),
    h('p', {}, `Taux de maîtrise d’après ${count(analysis.participants, 'participant qui a envoyé ses résultats', 'participants qui ont envoyé leurs résultats')}, du sujet le moins maîtrisé au mieux maîtrisé.`),
    h('table', { id: 'analysis-subjects' }, header('Sujet', 'Compétence', 'Niveau visé', 'Taux de maîtrise'),
      h('tbody', {}, weakest.map((subject) => h('tr', {},
        h('th', { scope: 'row' }, subjectName(subject)), h('td', {}, `${subject.competence} ${subject.competenceName}`),
        h('td', {}, `niveau ${subject.targetLevel}`), ...rateCells(subject.masteryRate))))),
    h('h2', {}, 'Résultats par compétence'),
    h('table', { id: 'analysis-competences' }, header('Compétence', 'Taux de maîtrise'),
      h('tbody', {}, analysis.competences.map((competence) => h('tr', {},
        h('th', { scope: 'row' }, `${competence.competence} ${competence.name}`), ...rateCells(competence.masteryRate))))));
}
