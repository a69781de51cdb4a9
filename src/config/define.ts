import { defineElement } from '../core/define.js';
import { VtConfig } from './config.js';

defineElement('vt-config', VtConfig);

declare global {
  interface HTMLElementTagNameMap {
    'vt-config': VtConfig;
  }
}
