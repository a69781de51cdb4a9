import { defineElement } from '../core/define.js';
import { VtPhaseTimer } from './phase-timer.js';

defineElement('vt-phase-timer', VtPhaseTimer);

declare global {
  interface HTMLElementTagNameMap {
    'vt-phase-timer': VtPhaseTimer;
  }
}
