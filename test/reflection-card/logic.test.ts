import { expect } from '@open-wc/testing';
import { MemoryStore } from '../../src/core/storage.js';
import { Localizer } from '../../src/i18n/localize.js';
import { reflectionTexts } from '../../src/reflection-card/texts.js';
import { answersAsText, pairAnswers, shareData } from '../../src/reflection-card/answers.js';
import {
  Debouncer,
  defaultCardId,
  deleteDraft,
  draftKey,
  loadDraft,
  saveDraft,
  shortHash,
} from '../../src/reflection-card/drafts.js';
import { promptChildren } from '../../src/reflection-card/prompt.js';
import { EXERCISES, isExercise, promptIdentity, promptSource, promptTexts } from '../../src/reflection-card/prompts.js';

describe('reflection card logic', () => {
  it('derives a stable card id from the page path and the prompts', () => {
    expect(shortHash('abc')).to.equal(shortHash('abc'));
    expect(shortHash('abc')).to.not.equal(shortHash('abd'));
    expect(shortHash('')).to.match(/^[0-9a-z]+$/);
    expect(defaultCardId('/tyopaja', 'exercise:peer-support')).to.equal(`/tyopaja#${shortHash('exercise:peer-support')}`);
    expect(draftKey('x')).to.equal('vt-reflection:x');
  });

  it('loads, saves and deletes drafts over any key-value store', () => {
    const store = new MemoryStore();
    expect(loadDraft(store, 'k')).to.deep.equal([]);
    saveDraft(store, 'k', ['a', '', 'c'], 1000);
    expect(JSON.parse(store.get('k')!)).to.deep.equal({ answers: ['a', '', 'c'], savedAt: 1000 });
    expect(loadDraft(store, 'k')).to.deep.equal(['a', '', 'c']);
    // Only empty answers: nothing of the card stays on the device.
    saveDraft(store, 'k', ['', ''], 2000);
    expect(store.get('k')).to.equal(null);
    saveDraft(store, 'k', ['a'], 3000);
    deleteDraft(store, 'k');
    expect(store.get('k')).to.equal(null);
  });

  it('treats unreadable drafts as none', () => {
    const store = new MemoryStore();
    store.set('broken', '{not json');
    store.set('wrong', '{"answers": "no"}');
    store.set('mixed', '{"answers": ["a", 3, null]}');
    expect(loadDraft(store, 'broken')).to.deep.equal([]);
    expect(loadDraft(store, 'wrong')).to.deep.equal([]);
    expect(loadDraft(store, 'mixed')).to.deep.equal(['a', '', '']);
  });

  it('debounces: runs only the latest task, once, after the pause or on flush', async () => {
    const runs: string[] = [];
    const debouncer = new Debouncer(20);
    debouncer.schedule(() => runs.push('a'));
    debouncer.schedule(() => runs.push('b'));
    expect(runs).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runs).to.deep.equal(['b']);
    debouncer.schedule(() => runs.push('c'));
    debouncer.flush();
    debouncer.flush();
    expect(runs).to.deep.equal(['b', 'c']);
    debouncer.schedule(() => runs.push('d'));
    debouncer.cancel();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(runs).to.deep.equal(['b', 'c']);
    debouncer.flush();
    expect(runs, 'a cancelled task is gone, not just postponed').to.deep.equal(['b', 'c']);
  });

  it('chooses prompts: the property, then children, then the exercise', async () => {
    expect(promptSource(['  A  ', ''], ['B'], 'peer-support')).to.deep.equal({ kind: 'custom', prompts: ['A'] });
    expect(promptSource([], ['B'], undefined)).to.deep.equal({ kind: 'custom', prompts: ['B'] });
    expect(promptSource(undefined, [], undefined)).to.deep.equal({ kind: 'exercise', name: 'peer-support' });
    expect(promptSource(undefined, [' '], 'other')).to.deep.equal({ kind: 'exercise', name: 'other' });
    expect(promptIdentity({ kind: 'custom', prompts: ['A', 'B'] })).to.equal('A\nB');
    expect(promptIdentity({ kind: 'exercise', name: 'peer-support' })).to.equal('exercise:peer-support');
    expect(isExercise('peer-support')).to.equal(true);
    expect(isExercise('toString')).to.equal(false);
    const sv = promptTexts({ kind: 'exercise', name: 'peer-support' }, new Localizer('sv', await reflectionTexts.sv()));
    expect(sv).to.have.length(EXERCISES['peer-support'].length);
    expect(sv[0]).to.match(/^Tänk på/);
    expect(promptTexts({ kind: 'exercise', name: 'nope' }, new Localizer('fi', await reflectionTexts.fi()))).to.deep.equal([]);
  });

  it('reads only direct <vt-prompt> children, whitespace folded', () => {
    const host = document.createElement('div');
    host.innerHTML = '<vt-prompt>\n  One\n  line </vt-prompt><p><vt-prompt>nested</vt-prompt></p><vt-prompt>Two</vt-prompt>';
    expect(promptChildren(host)).to.deep.equal(['One line', 'Two']);
  });

  it('shares only answered prompts, and writes text for copy and download', () => {
    const pairs = pairAnswers(['P1', 'P2', 'P3'], ['a1', '  ']);
    expect(pairs).to.deep.equal([
      { prompt: 'P1', answer: 'a1' },
      { prompt: 'P2', answer: '  ' },
      { prompt: 'P3', answer: '' },
    ]);
    expect(shareData('c', 'peer-support', pairs)).to.deep.equal({
      cardId: 'c',
      exercise: 'peer-support',
      answers: [{ prompt: 'P1', answer: 'a1' }],
    });
    expect(shareData('c', undefined, pairs)).to.deep.equal({ cardId: 'c', answers: [{ prompt: 'P1', answer: 'a1' }] });
    expect(shareData('c', undefined, pairAnswers(['P1'], []))).to.equal(undefined);
    expect(answersAsText('Title', pairs, '(none)')).to.equal('Title\n\n1. P1\n\na1\n\n\n2. P2\n\n(none)\n\n\n3. P3\n\n(none)\n');
  });
});
