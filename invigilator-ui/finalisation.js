// The finalisation form: the incident report, the global comment and the abort reasons of unfinished tests.
import { ApiError, describeFailure, request } from './api.js';
import { count, h } from './format.js';
import { ABORT_REASONS, INCIDENT_CATEGORIES } from './labels.js';

export const MAX_COMMENT_LENGTH = 500;
/** Tests that may have started and did not reach their last question: each needs an abort reason. */
const UNFINISHED = new Set(['AUTHORIZED', 'IN_PROGRESS', 'PAUSED_QUESTION_ALERT', 'PAUSED_EXTENSION_ALERT',
  'WAITING_RESUME', 'ENDED_BY_INVIGILATOR', 'ENDED_TECHNICAL']);

const FIELD_LABELS = {
  candidateId: 'personne concernée',
  category: 'catégorie',
  questionNumber: 'numéro de question',
  description: 'description',
};

/**
 * What a refused finalisation says is missing, in French: one line per `{field, detail}` of the problem's
 * `errors`, with candidates named from `nameOf(candidateId)`.
 */
export function refusalMessages(problem, nameOf) {
  return (problem?.errors ?? []).map(({ field = '', detail = '' }) => {
    const abort = /^abortReasons\.(.+)$/.exec(field);
    if (abort) {
      return /did not reach/.test(detail)
        ? `Motif d’abandon manquant pour ${nameOf(abort[1])} : son test s’est arrêté avant la dernière question.`
        : `Motif d’abandon invalide pour ${nameOf(abort[1])}.`;
    }
    if (field === 'comment') return 'Le commentaire global dépasse 500 caractères.';
    // An alert left open: the server's sentence is French and names the candidate.
    if (field.startsWith('alerts.')) return detail;
    const incident = /^incidents\[(\d+)\]\.(\w+)$/.exec(field);
    if (incident) {
      return `Incident ${Number(incident[1]) + 1} : ${FIELD_LABELS[incident[2]] ?? incident[2]} à compléter ou à corriger.`;
    }
    return 'Un autre élément du procès-verbal est à corriger : relisez le formulaire.';
  });
}

/** The reason the invigilator gave when ending each test they ended, by candidate id. */
async function endReasons(sessionId, token, lines) {
  const reasons = await Promise.all(lines.map(async (line) => {
    try {
      const log = await request('GET', `/api/sessions/${sessionId}/candidates/${line.candidateId}/events`, { token });
      return [line.candidateId, log.events.filter((event) => event.type === 'ENDED_BY_INVIGILATOR').at(-1)?.detail];
    } catch {
      return [line.candidateId, null];
    }
  }));
  return new Map(reasons.filter(([, reason]) => reason));
}

/** Opens the form over the supervision screen; resolves once it is closed. */
export async function showFinalisation({ sessionId, token, view }) {
  const byName = (a, b) => a.lastName.localeCompare(b.lastName, 'fr');
  const candidates = [...view.candidates].sort(byName);
  const unfinished = candidates.filter((line) => UNFINISHED.has(line.status));
  const name = (line) => `${line.lastName} ${line.firstName}`;
  const ended = await endReasons(sessionId, token, candidates.filter((line) => line.status === 'ENDED_BY_INVIGILATOR'));

  const incidents = h('ol', { className: 'incidents' });
  /** Adds an incident, prefilled when `given` says for whom, which category and what happened. */
  const addIncident = (given = {}) => {
    const n = incidents.children.length + 1;
    const question = h('input', { type: 'number', min: '1', max: '32', name: 'questionNumber', id: `incident-${n}-question` });
    const chosen = (value, wanted) => (value === wanted ? { value, selected: true } : { value });
    incidents.append(h('li', { className: 'incident' }, h('fieldset', {},
      h('legend', {}, `Incident ${n}`),
      h('div', { className: 'field' }, h('label', { for: `incident-${n}-candidate` }, 'Personne concernée'),
        h('select', { name: 'candidateId', id: `incident-${n}-candidate`, required: true },
          h('option', { value: '' }, '— choisir —'),
          candidates.map((line) => h('option', chosen(line.candidateId, given.candidateId), name(line))))),
      h('div', { className: 'field' }, h('label', { for: `incident-${n}-category` }, 'Catégorie'),
        h('select', { name: 'category', id: `incident-${n}-category`, required: true },
          h('option', { value: '' }, '— choisir —'),
          Object.entries(INCIDENT_CATEGORIES).map(([code, label]) => h('option', chosen(code, given.category), label)))),
      h('div', { className: 'field' }, h('label', { for: question.id }, 'Numéro de la question (problème sur une question)'), question),
      h('div', { className: 'field' }, h('label', { for: `incident-${n}-description` }, 'Description'),
        h('textarea', { name: 'description', id: `incident-${n}-description`, rows: '2', maxlength: '500', required: true },
          given.description ?? '')),
      h('button', { type: 'button', className: 'secondary', onclick: (event) => event.target.closest('li').remove() }, `Retirer l’incident ${n}`))));
    hasIncident.checked = true;
    if (!given.candidateId) incidents.lastElementChild.querySelector('select').focus();
  };

  const comment = h('textarea', { id: 'global-comment', name: 'comment', rows: '3', maxlength: String(MAX_COMMENT_LENGTH) });
  const counter = h('span', { className: 'hint', id: 'comment-count', 'aria-live': 'polite' }, `0 / ${MAX_COMMENT_LENGTH}`);
  comment.addEventListener('input', () => {
    counter.textContent = `${comment.value.length} / ${MAX_COMMENT_LENGTH}`;
  });
  const hasIncident = h('input', { type: 'checkbox', id: 'has-incident' });
  const hasJoiningIssue = h('input', { type: 'checkbox', id: 'has-joining-issue' });
  // Each test the invigilator ended becomes an incident with the reason given then, to check or correct.
  for (const [candidateId, reason] of ended) {
    addIncident({ candidateId, category: 'LATE_OR_LEAVING', description: `Test interrompu par la surveillance : ${reason}` });
  }
  const reasons = unfinished.map((line) => ({
    line,
    given: ended.get(line.candidateId),
    select: h('select', { id: `abort-${line.candidateId}` },
      h('option', { value: '' }, '— motif à choisir —'),
      // A test the platform itself could not serve to its end is a technical stop unless the invigilator says otherwise.
      Object.entries(ABORT_REASONS).map(([code, label]) => h('option', {
        value: code, selected: line.status === 'ENDED_TECHNICAL' && code === 'technical',
      }, label))),
  }));
  const refusal = h('div', { className: 'error', role: 'alert', hidden: true, id: 'finalisation-refusal' });
  const finished = candidates.filter((line) => line.status === 'COMPLETED' || line.status === 'ENDED_TIME_UP').length;
  const neverCame = candidates.filter((line) => line.status === 'REGISTERED' || line.status === 'WAITING_AUTHORIZATION'
    || line.status === 'ABSENT').length;

  return new Promise((resolve) => {
    const form = h('form', {
      onsubmit: async (event) => {
        event.preventDefault();
        refusal.hidden = true;
        const body = {
          comment: comment.value,
          hasIncident: hasIncident.checked || incidents.children.length > 0,
          hasJoiningIssue: hasJoiningIssue.checked,
          incidents: [...incidents.querySelectorAll('fieldset')].map((fieldset) => {
            const value = (field) => fieldset.querySelector(`[name="${field}"]`).value;
            return {
              candidateId: value('candidateId'),
              category: value('category'),
              questionNumber: value('questionNumber') ? Number(value('questionNumber')) : null,
              description: value('description'),
            };
          }),
          abortReasons: Object.fromEntries(reasons.filter((r) => r.select.value).map((r) => [r.line.candidateId, r.select.value])),
        };
        try {
          await request('POST', `/api/sessions/${sessionId}/finalization`, { token, body });
          dialog.querySelector('form').replaceChildren(
            h('h2', { id: 'finalisation-title', tabindex: '-1' }, 'Session finalisée'),
            h('p', { role: 'status' }, 'Le procès-verbal est transmis. La session est close : plus aucune entrée ni réponse n’est possible.'),
            h('div', { className: 'dialog-actions' }, h('button', { type: 'button', onclick: () => dialog.close() }, 'Fermer')));
          dialog.querySelector('h2').focus();
        } catch (failure) {
          const nameOf = (id) => {
            const line = candidates.find((c) => c.candidateId === id);
            return line ? name(line) : id;
          };
          const messages = failure instanceof ApiError ? refusalMessages(failure.problem, nameOf) : [];
          const summary = failure.code === 'FINALIZATION_INCOMPLETE' ? 'La session n’est pas finalisée. Complétez ce qui manque :'
            : failure.code === 'SESSION_ALREADY_FINALIZED' ? describeFailure(failure)
              : `La session n’est pas finalisée. ${describeFailure(failure)}`;
          refusal.replaceChildren(h('p', {}, summary),
            messages.length ? h('ul', {}, messages.map((message) => h('li', {}, message))) : '');
          refusal.hidden = false;
          refusal.focus();
        }
      },
    },
    h('h2', { id: 'finalisation-title', tabindex: '-1' }, `Finaliser la session ${sessionId}`),
    h('p', {}, `Tests menés jusqu’au bout : ${finished} sur ${count(candidates.length, 'inscription')}. `
      + 'Les tests encore en cours seront arrêtés par la finalisation'
      + (neverCame > 0 ? ` ; ${count(neverCame, 'personne jamais entrée ou absente', 'personnes jamais entrées ou absentes')} seront notées absentes.` : '.')),
    h('h3', {}, 'Tests arrêtés avant la dernière question'),
    h('p', { className: 'hint' }, 'Y compris ceux que vous avez arrêtés : dites pour chacun s’il s’agit d’un abandon ou d’un problème technique.'),
    reasons.length === 0 ? h('p', {}, 'Aucun.')
      : h('div', {}, reasons.map(({ line, select, given }) => h('div', { className: 'field inline' },
        h('label', { for: select.id }, `Motif d’abandon — ${name(line)}`), select,
        given ? h('span', { className: 'hint' }, `Motif donné à l’arrêt : ${given}`) : ''))),
    h('h3', {}, 'Incidents'),
    incidents,
    h('button', { type: 'button', className: 'secondary', onclick: addIncident }, 'Ajouter un incident'),
    h('h3', {}, 'Commentaire global'),
    h('div', { className: 'field' }, h('label', { for: 'global-comment' }, 'Commentaire (facultatif)'), comment, counter),
    h('div', { className: 'field checkbox' }, hasIncident, h('label', { for: 'has-incident' }, 'Un incident a eu lieu pendant la session')),
    h('div', { className: 'field checkbox' }, hasJoiningIssue, h('label', { for: 'has-joining-issue' }, 'Une personne inscrite n’a pas pu rejoindre la session')),
    refusal,
    h('div', { className: 'dialog-actions' },
      h('button', { type: 'button', className: 'secondary', onclick: () => dialog.close() }, 'Annuler'),
      h('button', { type: 'submit' }, 'Finaliser la session')));
    refusal.tabIndex = -1;
    const dialog = h('dialog', { 'aria-labelledby': 'finalisation-title', className: 'wide finalisation' }, form);
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
