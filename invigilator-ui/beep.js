// A short two-tone beep with WebAudio, to call the invigilator. Browsers start audio only after a user gesture:
// `unlockAudio()` is called from the login click.

let context = null;

export function unlockAudio() {
  if (!context && typeof AudioContext !== 'undefined') context = new AudioContext();
  context?.resume();
}

/** Plays the beep; returns false when audio is not available yet. */
export function beep() {
  if (!context || context.state !== 'running') return false;
  const start = context.currentTime;
  [880, 660].forEach((frequency, i) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.2, start + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.18 + 0.16);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + i * 0.18);
    oscillator.stop(start + i * 0.18 + 0.17);
  });
  return true;
}
