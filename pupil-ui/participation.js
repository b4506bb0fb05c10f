// One campaign as the pupil lives it: the questions of an assessment (stop and come back later), « C'est terminé »,
// then « Envoyer mes résultats »; for a profile collection, the profile and « Envoyer mon profil ».
import { readAnswer, renderQuestion, setBusy } from '/exam/question-form.js';
import { french } from '/exam/typography.js';
import { h } from '/invigilator/format.js';
import { profileView } from './profile.js';
import { pupilApi, pupilLogin } from './pupil-api.js';
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
      show(await pupilApi('GET', path));
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

  /** The campaign's title and landing text, before the first question the pupil sees on this visit. */
  function landing(state) {
    if (questionsSeen > 0 || (!state.title && !state.landingText)) return [];
    return [h('div', { className: 'landing' },
      state.title ? h('p', { className: 'landing-title' }, french(state.title)) : null,
      state.landingText ? h('p', { className: 'landing-text' }, french(state.landingText)) : null)];
  }

  function showQuestion(state) {
    const { question } = state;
    const body = h('div', { id: 'question-body' });
    const error = errorBox();
    const send = async (answer) => {
      setBusy(form, true);
      try {
        await pupilApi('POST', `${path}/answers`, { questionId: question.id, ...answer });
        questionsSeen += 1;
        announcer().textContent = 'Réponse enregistrée.';
        await load();
      } catch (failure) {
        showError(error, failure);
        setBusy(form, false);
      }
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
    screen(main, questionsSeen === 0 ? 'Première question' : 'Question suivante', ...landing(state), form);
    renderQuestion(body, question);
  }

  /** Answers are recorded one by one: stopping only logs out, and the same code brings the pupil back here. */
  function showStopped() {
    const identifier = pupilLogin()?.identifier;
    forgetLogin();
    screen(main, 'Vos réponses sont enregistrées',
      h('p', {}, french('Vous reprendrez à la question suivante. Pour revenir : ouvrez cette page, saisissez le même code de campagne, puis connectez-vous'
        + (identifier ? ` avec votre identifiant ${identifier}.` : '.'))),
      h('p', {}, h('a', { href: '#/' }, 'Revenir à l’accueil')));
  }

  async function showToShare(state) {
    const profiles = state.objective === 'PROFILES_COLLECTION';
    const error = errorBox();
    const button = h('button', { type: 'button', className: 'primary' }, profiles ? 'Envoyer mon profil' : 'Envoyer mes résultats');
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await pupilApi('POST', `${path}/sending`);
        await load();
      } catch (failure) {
        showError(error, failure);
        button.disabled = false;
      }
    });
    const heading = screen(main, profiles ? 'Envoyer mon profil' : 'C’est terminé !', ...landing(state),
      h('p', {}, french(profiles
        ? 'Votre établissement collecte les profils de ses élèves pour savoir qui peut passer la certification. Voici le vôtre : envoyez-le.'
        : 'Vous avez répondu à toutes les questions de ce parcours. Envoyez maintenant vos résultats : tant que vous ne les avez pas envoyés, votre établissement ne les voit pas.')),
      error, h('div', { className: 'actions' }, button));
    if (profiles) {
      try {
        heading.parentElement.insertBefore(h('div', {}, ...await profileView(await pupilApi('GET', '/api/me/profile'))), error);
      } catch (failure) {
        showError(error, failure);
      }
    }
  }

  function showShared(state) {
    const profiles = state.objective === 'PROFILES_COLLECTION';
    screen(main, profiles ? 'Profil envoyé' : 'Résultats envoyés',
      h('p', { className: 'verdict ready' }, french(profiles
        ? 'Merci ! Votre établissement a bien reçu votre profil.'
        : 'Merci ! Votre établissement a bien reçu vos résultats.')),
      h('p', {}, h('a', { href: '#/profil' }, 'Voir mon profil')));
  }

  load();
}
