import { defineElement } from '../core/define.js';
import { VtReflectionCard } from './reflection-card.js';

defineElement('vt-reflection-card', VtReflectionCard);

declare global {
  interface HTMLElementTagNameMap {
    'vt-reflection-card': VtReflectionCard;
  }
}
