// Admins' pages: centres (list with their sessions, create with the administrator's invitation) and
// the staff's accounts.
import { h, frenchDate, clockTime } from '/invigilator/format.js';
import { confirmDialog } from '/invigilator/dialogs.js';
import { STAGE_LABELS } from '/invigilator/labels.js';
import { staffLogin, describeFailure, getOrShowFailure, showFailure } from './staff-api.js';
import { STAFF_ROLES, describeAction } from './labels.js';
import { directorySection } from './directory.js';

/** A form whose submit sends its fields to `onSubmit`; errors and results appear below it. */
function actionForm(fields, submitLabel, onSubmit) {
  const output = h('div', { role: 'status', 'aria-live': 'polite' });
  const form = h('form', { className: 'grid-form' }, ...fields, h('button', { type: 'submit' }, submitLabel));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    output.replaceChildren();
    try {
      output.replaceChildren(await onSubmit(Object.fromEntries(new FormData(form))));
      form.reset();
    } catch (failure) {
      showFailure(output, failure);
    }
  });
  return [form, output];
}

/** A labelled input of the console's forms. */
export function field(id, label, attributes) {
  return h('div', { className: 'field' }, h('label', { for: id }, label), h('input', { id, ...attributes }));
}

function invitationLink(invitation, who) {
  return h('div', { className: 'success' },
    h('p', {}, `Invitation créée pour ${who}${invitation.mailed ? ', envoyée par courriel' : ''}. Lien à transmettre (valable 7 jours) :`),
    h('input', { className: 'link', readonly: true, value: invitation.link, 'aria-label': 'Lien d’invitation' }));
}

export async function showCentres(page) {
  const [form, output] = actionForm([
    field('centre-name', 'Nom du centre', { name: 'name', required: true }),
    field('centre-uai', 'UAI (facultatif)', { name: 'uai', pattern: '[0-9]{7}[A-Za-z]', placeholder: '0180777X' }),
    field('centre-admin', 'Adresse électronique de l’administrateur ou de l’administratrice du centre', { name: 'administratorEmail', type: 'email', required: true }),
  ], 'Créer le centre', async (data) => {
    const body = { name: data.name, administratorEmail: data.administratorEmail };
    if (data.uai) body.uai = data.uai;
    const centre = await staffLogin.request('POST', '/api/centres', { body });
    await listCentres(list);
    return invitationLink(centre.invitation, `${centre.invitation.email} (${centre.name})`);
  });
  const list = h('div');
  page.replaceChildren(h('h1', { tabindex: '-1' }, 'Centres'), list, h('h2', {}, 'Créer un centre'), form, output,
    ...directorySection());
  page.querySelector('h1').focus();
  await listCentres(list);
}

async function listCentres(list) {
  const centres = await getOrShowFailure('/api/centres', list);
  if (!centres) return;
  if (centres.length === 0) {
    list.replaceChildren(h('p', {}, 'Aucun centre pour le moment.'));
    return;
  }
  list.replaceChildren(h('table', {},
    h('caption', { className: 'visually-hidden' }, 'Centres, par nom'),
    h('thead', {}, h('tr', {}, ['Centre', 'UAI', 'Administration du centre', 'Sessions'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, centres.flatMap((centre) => {
      const sessionsRow = h('tr', { hidden: true }, h('td', { colspan: 4, id: `sessions-${centre.id}` }));
      const toggle = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': `sessions-${centre.id}` },
        'Voir les sessions', h('span', { className: 'visually-hidden' }, ` de ${centre.name}`));
      toggle.addEventListener('click', async () => {
        const open = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', String(!open));
        sessionsRow.hidden = open;
        if (!open) await listSessions(centre, sessionsRow.firstChild);
      });
      return [h('tr', {},
        h('th', { scope: 'row' }, centre.name),
        h('td', {}, centre.uai ?? '—'),
        h('td', {}, centre.administrators.length === 0 ? '—' : centre.administrators.join(', ')),
        h('td', {}, toggle)), sessionsRow];
    }))));
}

async function listSessions(centre, cell) {
  cell.replaceChildren(h('p', { role: 'status' }, 'Chargement…'));
  try {
    const sessions = await staffLogin.request('GET', `/api/centres/${encodeURIComponent(centre.id)}/sessions`);
    cell.replaceChildren(sessions.length === 0 ? h('p', {}, `Aucune session pour ${centre.name}.`) : h('table', {},
      h('caption', {}, `Sessions de ${centre.name}, par date`),
      h('thead', {}, h('tr', {}, ['N° de session', 'Date', 'Heure', 'Salle', 'État'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, sessions.map((session) => h('tr', {},
        h('td', {}, session.stage === 'finalized' || session.stage === 'published'
          ? h('a', { href: `#/sessions/${encodeURIComponent(session.id)}` }, session.id) : session.id),
        h('td', {}, frenchDate(session.date)), h('td', {}, session.time), h('td', {}, session.room),
        h('td', {}, STAGE_LABELS[session.stage] ?? session.stage))))));
  } catch (failure) {
    showFailure(cell, failure);
  }
}

export async function showMembers(page) {
  const [form, output] = actionForm([
    field('member-email', 'Adresse électronique', { name: 'email', type: 'email', required: true }),
    h('div', { className: 'field' }, h('label', { for: 'member-role' }, 'Rôle'),
      h('select', { id: 'member-role', name: 'role' }, Object.entries(STAFF_ROLES).map(([value, label]) =>
        h('option', { value, selected: value === 'processor' }, label)))),
  ], 'Inviter', async (data) => {
    const invitation = await staffLogin.request('POST', '/api/staff-members', { body: data });
    await listMembers(list);
    return invitationLink(invitation, invitation.email);
  });
  const list = h('div');
  const audit = h('div');
  page.replaceChildren(h('h1', { tabindex: '-1' }, 'Équipe'), h('h2', {}, 'Comptes'), list,
    h('h2', {}, 'Inviter une personne'), form, output, h('h2', {}, 'Actions des dernières 24 heures'), audit);
  page.querySelector('h1').focus();
  await Promise.all([listMembers(list), listAudit(audit)]);
}

async function listMembers(list) {
  const members = await getOrShowFailure('/api/staff-members', list);
  if (!members) return;
  const me = staffLogin.current()?.email;
  list.replaceChildren(h('table', {},
    h('thead', {}, h('tr', {}, ['Adresse', 'Rôle', 'Invitation', 'Actions'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, members.map((member) => {
      const role = h('select', { 'aria-label': `Rôle de ${member.email}` }, Object.entries(STAFF_ROLES).map(([value, label]) =>
        h('option', { value, selected: value === member.role }, label)));
      const message = h('span', { role: 'status' });
      role.addEventListener('change', async () => {
        try {
          await staffLogin.request('PATCH', `/api/staff-members/${encodeURIComponent(member.email)}`, { body: { role: role.value } });
          message.textContent = ' Rôle modifié.';
        } catch (failure) {
          role.value = member.role;
          message.textContent = ` ${describeFailure(failure)}`;
        }
      });
      return h('tr', {},
        h('th', { scope: 'row' }, member.email),
        h('td', {}, role, message),
        h('td', {}, member.accepted ? 'acceptée' : 'en attente'),
        h('td', {}, member.email !== me && h('button', { type: 'button', className: 'danger', onclick: async () => {
          const confirmed = await confirmDialog({ title: `Retirer le compte ${member.email} ?`,
            content: [h('p', {}, 'La personne est déconnectée immédiatement.')], confirmLabel: 'Retirer', danger: true });
          if (!confirmed) return;
          try {
            await staffLogin.request('DELETE', `/api/staff-members/${encodeURIComponent(member.email)}`);
            await listMembers(list);
          } catch (failure) {
            message.textContent = ` ${describeFailure(failure)}`;
          }
        } }, 'Retirer', h('span', { className: 'visually-hidden' }, ` ${member.email}`))));
    }))));
}

async function listAudit(audit) {
  const to = new Date();
  const from = new Date(to.getTime() - 24 * 3600 * 1000);
  try {
    const actions = await staffLogin.request('GET', `/api/staff-audit?from=${from.toISOString()}&to=${new Date(to.getTime() + 60_000).toISOString()}`);
    audit.replaceChildren(actions.length === 0 ? h('p', {}, 'Aucune action.') : h('ol', { className: 'event-log' }, actions.map((a) => h('li', {},
      `${frenchDate(a.at.slice(0, 10))} ${clockTime(a.at)} — ${a.by} : ${describeAction(a.action)}${a.sessionId ? `, session ${a.sessionId}` : ''}${a.subject ? `, ${a.subject}` : ''}`))));
  } catch (failure) {
    showFailure(audit, failure);
  }
}
