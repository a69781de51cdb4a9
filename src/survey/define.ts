import { defineElement } from '../core/define.js';
import { VtSurvey } from './survey.js';

defineElement('vt-survey', VtSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'vt-survey': VtSurvey;
  }
}
