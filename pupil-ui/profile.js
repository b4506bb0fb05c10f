// « Mon profil »: pix and level of the 16 competences, and whether the pupil may sit the certification.
import { french } from '/exam/typography.js';
import { count, h } from '/invigilator/format.js';
import { areas } from './framework.js';
import { pupilLogin } from './pupil-api.js';
import { errorBox, screen, showError } from './screen.js';

/** The certification's rule, as the school reads it too: 5 competences at level 1 or more. */
const CERTIFIABLE_COMPETENCES = 5;

/**
 * The profile `{competences: {"1.1": {pix, level}, …}, certifiable}` as one list per area of the framework: each
 * competence with its level in words and its pix (0 to 64, a level every 8 pix).
 */
export async function profileView(profile) {
  const levelled = Object.values(profile.competences).filter((competence) => competence.level >= 1).length;
  const verdict = profile.certifiable
    ? h('p', { className: 'verdict ready' }, h('strong', {}, 'Vous êtes certifiable.'),
      french(` ${count(levelled, 'compétence')} sur 16 au niveau 1 ou plus : il en faut ${CERTIFIABLE_COMPETENCES}.`))
    : h('p', { className: 'verdict problem' }, h('strong', {}, 'Vous n’êtes pas encore certifiable.'),
      french(` Il faut ${CERTIFIABLE_COMPETENCES} compétences au niveau 1 ou plus ; vous en avez ${levelled}.`));
  const lists = (await areas()).map((area) => h('section', { className: 'area' },
    h('h2', {}, `${area.code}. ${area.name}`),
    h('ul', { className: 'competences' }, area.competences.map((competence) => {
      const { pix, level } = profile.competences[competence.code] ?? { pix: 0, level: 0 };
      return h('li', {},
        h('span', { className: 'competence-name' }, `${competence.code} ${competence.name}`),
        h('span', { className: 'competence-score' }, `niveau ${level}`, h('span', { className: 'pix' }, ` · ${pix} pix`)),
        h('progress', { max: '64', value: String(pix), 'aria-hidden': 'true' }));
    }))));
  return [verdict, ...lists];
}

export async function showProfile(main) {
  const error = errorBox();
  const heading = screen(main, 'Mon profil', error);
  try {
    const profile = await pupilLogin.request('GET', '/api/me/profile');
    heading.after(
      h('p', {}, french('Votre profil se construit avec toutes les réponses que vous avez données cette année, dans toutes les campagnes. Chaque compétence compte de 0 à 64 pix ; un niveau vaut 8 pix.')),
      ...await profileView(profile));
  } catch (failure) {
    showError(error, failure);
  }
}
