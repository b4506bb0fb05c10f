// The extension's state machine, free of browser APIs: which rules to install and what to answer the exam page.
import { buildSessionRules, isBlockedUrl, normalizeAllowedDomains } from './rules.js';

/** The state before any exam: nothing blocked, nothing counted. */
export const IDLE = Object.freeze({ active: false, allowedDomains: [], blockedAttempts: 0 });

/**
 * Applies one message from the exam page to the state. Returns `{state, rules}`: `rules` is the complete list of
 * session rules to install (an empty list removes them all), or null when the rules do not change.
 */
export function reduce(state, message, compiled) {
  switch (message?.type) {
    case 'start': {
      // A start while already running (the page was reloaded) keeps the count of the exam in progress.
      const allowedDomains = normalizeAllowedDomains(message.allowedDomains);
      const blockedAttempts = state.active ? state.blockedAttempts : 0;
      return { state: { active: true, allowedDomains, blockedAttempts }, rules: buildSessionRules(compiled, allowedDomains) };
    }
    case 'question': {
      if (!state.active) return { state, rules: null };
      const allowedDomains = normalizeAllowedDomains(message.allowedDomains);
      return { state: { ...state, allowedDomains }, rules: buildSessionRules(compiled, allowedDomains) };
    }
    case 'stop':
      return { state: { ...state, active: false, allowedDomains: [] }, rules: [] };
    default:
      return { state, rules: null };
  }
}

/** What the extension answers to a ping: its version, whether blocking is on and how many attempts it blocked. */
export function pong(state, version) {
  return { version, blockingActive: state.active, blockedAttempts: state.blockedAttempts };
}

/**
 * Reacts to a failed top-level navigation: when the exam blocked it, counts the attempt and names the site for the
 * French explanation page. Returns `{state, blockedHost}`, `blockedHost` null when the failure is not ours.
 */
export function onNavigationError(state, url, compiled) {
  if (!state.active || !isBlockedUrl(url, compiled, state.allowedDomains)) return { state, blockedHost: null };
  return {
    state: { ...state, blockedAttempts: state.blockedAttempts + 1 },
    blockedHost: new URL(url).hostname,
  };
}
