import { defineElement } from '../core/define.js';
import { VtGroupSignup } from './group-signup.js';

defineElement('vt-group-signup', VtGroupSignup);

declare global {
  interface HTMLElementTagNameMap {
    'vt-group-signup': VtGroupSignup;
  }
}
