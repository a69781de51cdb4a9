import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mountSurvey } from '../support/survey-page.js';

/**
 * Each question paints on its own (`contain: paint`, survey.styles.ts), which clips what is painted
 * outside it: the clip is widened (`overflow-clip-margin`) so that the focus ring of every control a
 * person reaches with Tab is whole. A browser that cannot widen it leaves the questions uncontained.
 */
describe('<vt-survey> focus rings', () => {
  const DEFINITION = {
    elements: [
      { type: 'text', name: 'name', title: 'Name' },
      { type: 'comment', name: 'story', title: 'Story' },
      { type: 'radiogroup', name: 'role', title: 'Role', choices: ['member', 'leader'] },
      { type: 'checkbox', name: 'topics', title: 'Topics', choices: ['money', 'time'] },
      { type: 'rating', name: 'mood', title: 'Mood' },
      { type: 'dropdown', name: 'town', title: 'Town', choices: ['Pori', 'Turku'] },
      { type: 'boolean', name: 'again', title: 'Again?' },
      { type: 'matrix', name: 'grid', title: 'Grid', rows: ['a'], columns: ['1', '2'] },
    ],
  };

  it('are never cut by the question around the control', async () => {
    const survey = await mountSurvey(DEFINITION, { width: 320 });
    document.getElementById('before')!.focus();
    const seen = new Set<HTMLElement>();
    for (let press = 0; press < 30; press++) {
      await sendKeys({ press: 'Tab' });
      const control = focused(survey);
      if (!control || control.matches('[part="submit"]')) break;
      const question = control.closest<HTMLElement>('[part~="question"]');
      if (!question) continue;
      seen.add(control);
      const ring = getComputedStyle(control);
      expect(ring.outlineStyle, `${control.id} shows a focus ring`).to.not.equal('none');
      const reach = parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
      const box = getComputedStyle(question);
      if (!/paint|strict|content/.test(box.contain)) continue;
      const margin = parseFloat(box.getPropertyValue('overflow-clip-margin')) || 0;
      const inner = control.getBoundingClientRect();
      const outer = question.getBoundingClientRect();
      const cut = [
        outer.left - margin - (inner.left - reach),
        inner.right + reach - (outer.right + margin),
        outer.top - margin - (inner.top - reach),
        inner.bottom + reach - (outer.bottom + margin),
      ];
      expect(Math.max(...cut), `${control.id}'s ring is cut by ${JSON.stringify(cut)} px`).to.be.at.most(0);
    }
    // Every question's first control was reached.
    expect(seen.size).to.be.at.least(DEFINITION.elements.length);
  });
});
