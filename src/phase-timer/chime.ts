/**
 * The end-of-phase chime: two soft tones made with Web Audio, so no sound file is downloaded. Browsers
 * allow audio only after a person has interacted with the page; `blocked` tells the element to say so.
 */
export class Chime {
  blocked = false;
  private context?: AudioContext;

  /** Call from a click: the browser then lets this page play sound. */
  unlock(): void {
    try {
      this.context ??= new AudioContext();
      void this.context.resume().catch(() => undefined);
    } catch {
      this.blocked = true;
    }
  }

  /** Plays the chime; false (and `blocked`) when the browser does not allow sound yet. */
  play(): boolean {
    this.unlock();
    const context = this.context;
    if (!context || context.state !== 'running') {
      this.blocked = true;
      return false;
    }
    this.blocked = false;
    const at = context.currentTime;
    [660, 880].forEach((frequency, i) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.3, at + i * 0.35 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + i * 0.35 + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at + i * 0.35);
      oscillator.stop(at + i * 0.35 + 0.65);
    });
    return true;
  }
}
