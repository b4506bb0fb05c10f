// One campaign as the pupil lives it: the questions of an assessment (stop and come back later), « C'est terminé »,
// then « Envoyer mes résultats »; for a profile collection, the profile and « Envoyer mon profil ».
import { readAnswer, renderQuestion, setBusy } from '/exam/question-form.js';
import { french } from '/exam/typography.js';
import { h } from '/invigilator/format.js';
import { profileView } from './profile.js';
import { pupilLogin } from './pupil-api.js';
import { errorBox, screen, showError } from './screen.js';

const announcer = () => document.getElementById('announcer');

/**
 * Shows participation `id`; `forgetLogin` ends the pupil's login on this screen (« Arrêter et reprendre plus tard »,
 * on a school's shared computer).
 */
export function showParticipation(main, id, forgetLogin) {
  const path = `/api/me/participations/${encodeURIComponent(id)}`;
  let questionsSeen = 0;

  async function load() {
    const error = errorBox();
    try {
      show(await pupilLogin.request('GET', path));
    } catch (failure) {
      screen(main, 'Campagne', error);
      showError(error, failure);
    }
  }

  function show(state) {
    if (state.question) showQuestion(state);
    else if (state.status === 'SHARED') showShared(state);
    else showToShare(state);
  }

  /** The campaign's title (or name) and landing text, above the first screen the pupil sees on this visit. */
  function landing({ campaign }) {
    if (questionsSeen > 0) return [];
    return [h('div', { className: 'landing' },
      h('p', { className: 'landing-title' }, french(campaign.title ?? campaign.name)),
      campaign.landingText ? h('p', { className: 'landing-text' }, french(campaign.landingText)) : null)];
  }

  /** Sends `request` and shows the state it answers; a refusal is shown in `error` and `onRefused` runs. */
  async function act(request, error, onRefused) {
    try {
      show(await request());
    } catch (failure) {
      // Another tab answered this question already: show where the participation stands now.
      if (failure.code === 'STALE_QUESTION') return load();
      showError(error, failure);
      onRefused();
    }
  }

  function showQuestion(state) {
    const { question } = state;
    const body = h('div', { id: 'question-body' });
    const error = errorBox();
    const send = (answer) => {
      setBusy(form, true);
      act(async () => {
        const next = await pupilLogin.request('POST', `${path}/answers`, { body: { questionId: question.id, ...answer } });
        questionsSeen += 1;
        announcer().textContent = 'Réponse enregistrée.';
        return next;
      }, error, () => setBusy(form, false));
    };
    const form = h('form', {
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        const value = readAnswer(body, question);
        if (value === null) {
          showError(error, 'Vous n’avez pas répondu. Répondez, ou choisissez « Je passe » si vous ne savez pas.');
          return;
        }
        send({ value });
      },
    }, body, error, h('div', { className: 'actions' },
      h('button', { type: 'submit', className: 'primary' }, 'Valider ma réponse'),
      h('button', { type: 'button', onclick: () => send({ skipped: true }) }, 'Je passe'),
      h('button', { type: 'button', className: 'link', onclick: showStopped }, 'Arrêter et reprendre plus tard')));
    screen(main, `Question ${state.answered + 1}`, ...landing(state), form);
    renderQuestion(body, question);
  }

  /** Answers are recorded one by one: stopping only logs out, and the same code brings the pupil back here. */
  function showStopped() {
    const identifier = pupilLogin.current()?.identifier;
    forgetLogin();
    screen(main, 'Vos réponses sont enregistrées',
      h('p', {}, french('Vous reprendrez à la question suivante. Pour revenir : ouvrez cette page, saisissez le même code de campagne, puis connectez-vous avec votre identifiant.')),
      identifier ? h('p', {}, french('Votre identifiant : '), h('strong', { className: 'identifier' }, identifier)) : null,
      h('p', {}, h('a', { href: '#/' }, 'Revenir à l’accueil')));
  }

  /** The button that sends the results (or the profile), enabled again when the server refuses. */
  function sendButton(label, error) {
    const button = h('button', { type: 'button', className: 'primary' }, label);
    button.addEventListener('click', () => {
      button.disabled = true;
      act(() => pupilLogin.request('POST', `${path}/sending`), error, () => { button.disabled = false; });
    });
    return button;
  }

  async function showToShare(state) {
    const profiles = state.campaign.objective === 'PROFILES_COLLECTION';
    const error = errorBox();
    const actions = h('div', { className: 'actions' }, sendButton(profiles ? 'Envoyer mon profil' : 'Envoyer mes résultats', error));
    screen(main, profiles ? 'Envoyer mon profil' : 'C’est terminé !', ...landing(state),
      h('p', {}, french(profiles
        ? 'Votre établissement collecte les profils de ses élèves pour savoir qui peut passer la certification. Voici le vôtre : envoyez-le.'
        : 'Vous avez répondu à toutes les questions de ce parcours. Envoyez maintenant vos résultats : tant que vous ne les avez pas envoyés, votre établissement ne les voit pas.')),
      error, actions);
    if (profiles) {
      // The verdict, then the button, then the 16 competences: on a phone the button stays near the top.
      try {
        const [verdict, ...areas] = await profileView(await pupilLogin.request('GET', '/api/me/profile'));
        error.before(verdict);
        actions.after(...areas);
      } catch (failure) {
        showError(error, failure);
      }
    }
  }

  /** Sent: with multiple sendings, a profile may be sent again at once, an assessment replayed 4 days later. */
  function showShared(state) {
    const profiles = state.campaign.objective === 'PROFILES_COLLECTION';
    const error = errorBox();
    const again = [];
    if (profiles && state.canSend) {
      again.push(h('p', {}, french('Votre profil évolue avec vos réponses : vous pourrez l’envoyer de nouveau plus tard dans l’année.')),
        h('div', { className: 'actions' }, sendButton('Envoyer de nouveau mon profil', error)));
    } else if (state.replayFrom && new Date(state.replayFrom) > new Date()) {
      const day = new Date(state.replayFrom).toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });
      again.push(h('p', {}, french(`Vous pourrez repasser ce parcours à partir du ${day}, en ne répondant qu’aux questions ratées ou passées.`)));
    } else if (state.replayFrom) {
      const replay = h('button', { type: 'button', className: 'primary' }, 'Repasser le parcours');
      replay.addEventListener('click', () => {
        replay.disabled = true;
        act(() => pupilLogin.request('POST', `${path}/replay`), error, () => { replay.disabled = false; });
      });
      again.push(h('p', {}, french('Vous pouvez repasser ce parcours : seules les questions ratées ou passées vous seront reposées ; votre dernier envoi comptera.')),
        h('div', { className: 'actions' }, replay));
    }
    screen(main, profiles ? 'Profil envoyé' : 'Résultats envoyés', ...landing(state),
      h('p', { className: 'verdict ready' }, french(profiles
        ? `Merci ! Votre établissement a bien reçu votre profil (${new Date(state.sentAt).toLocaleDateString('fr-FR')}).`
        : `Merci ! Votre établissement a bien reçu vos résultats (${new Date(state.sentAt).toLocaleDateString('fr-FR')}).`)),
      ...again, error,
      h('p', {}, h('a', { href: '#/profil' }, 'Voir mon profil')));
  }

  load();
}
