// Reads the server's supervision events with fetch, so that the token travels in the Authorization header
// (EventSource cannot send headers, and a token in a URL ends up in logs). Reconnects by itself.

/** No event for this long means the connection is dead even if the socket did not say so (the server sends at least every 10 s). */
export const SILENCE_LIMIT_MILLIS = 15_000;
const RETRY_MILLIS = 2_000;

/**
 * Opens the stream and keeps it open until `close()`.
 * `onEvent(name, data)` receives each event; `onState(state)` receives 'open', 'lost' (reconnecting) or 'refused'
 * (the token is no longer accepted: no reconnection).
 */
export function openEventStream(url, token, { onEvent, onState }) {
  let stopped = false;
  let controller = null;
  let watchdog = null;

  const rearm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => controller?.abort(), SILENCE_LIMIT_MILLIS);
  };

  const dispatch = (block) => {
    let name = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length === 0) return;
    if (name === 'closed') {
      stopped = true;
      onState('refused');
      return;
    }
    onEvent(name, JSON.parse(data.join('\n')));
  };

  const connect = async () => {
    controller = new AbortController();
    rearm();
    try {
      const response = await fetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        cache: 'no-store',
        signal: controller.signal,
      });
      if (response.status === 401 || response.status === 403) {
        stopped = true;
        onState('refused');
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      onState('open');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        rearm();
        buffer += value.replaceAll('\r\n', '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Network cut, server gone or watchdog: reconnect below.
    }
    clearTimeout(watchdog);
    if (stopped) return;
    onState('lost');
    setTimeout(() => {
      if (!stopped) connect();
    }, RETRY_MILLIS);
  };

  connect();
  return {
    close() {
      stopped = true;
      clearTimeout(watchdog);
      controller?.abort();
    },
  };
}
