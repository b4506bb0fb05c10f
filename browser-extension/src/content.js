// Content script on the exam page: relays the page's DOM events on `window` to the background and back.
// Details travel as JSON strings, which cross from the page's world to the extension's in every browser.
// A classic script (content scripts cannot be modules); the unit tests load it and call installRelay.

/** Event names of the page ↔ extension protocol. */
var CERTAMEN_EVENTS = {
  ping: 'certamen:ping', pong: 'certamen:pong',
  start: 'certamen:start', question: 'certamen:question', stop: 'certamen:stop',
};

/**
 * Listens on `target` (the page's window) and forwards to `sendMessage` (chrome.runtime.sendMessage). Only an
 * answer from the background produces a pong, so a removed or disabled extension falls silent.
 */
function installRelay(target, sendMessage) {
  function forward(message) {
    var reply;
    try {
      reply = sendMessage(message);
    } catch (orphaned) {
      return; // The extension was removed or reloaded under this page: stay silent.
    }
    Promise.resolve(reply).then(function (status) {
      if (!status || status.error) return;
      target.dispatchEvent(new CustomEvent(CERTAMEN_EVENTS.pong, { detail: JSON.stringify(status) }));
    }, function () {});
  }
  function allowedDomainsOf(event) {
    try {
      var detail = JSON.parse(event.detail || '{}');
      return Array.isArray(detail.allowedDomains) ? detail.allowedDomains : [];
    } catch (malformed) {
      return [];
    }
  }
  target.addEventListener(CERTAMEN_EVENTS.ping, function () { forward({ type: 'status' }); });
  target.addEventListener(CERTAMEN_EVENTS.start, function (event) {
    forward({ type: 'start', allowedDomains: allowedDomainsOf(event) });
  });
  target.addEventListener(CERTAMEN_EVENTS.question, function (event) {
    forward({ type: 'question', allowedDomains: allowedDomainsOf(event) });
  });
  target.addEventListener(CERTAMEN_EVENTS.stop, function () { forward({ type: 'stop' }); });
}

if (typeof chrome !== 'undefined' && chrome.runtime && chrome.runtime.id) {
  installRelay(window, function (message) { return chrome.runtime.sendMessage(message); });
}
