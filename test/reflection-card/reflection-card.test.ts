import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/config/define.js';
import { draftKey, defaultCardId } from '../../src/reflection-card/drafts.js';
import '../../src/reflection-card/define.js';
import type { VtReflectionCard } from '../../src/reflection-card/reflection-card.js';
import type { VtReflectionInputEvent } from '../../src/reflection-card/events.js';
import { reflection as fi } from '../../src/i18n/fi.js';
import { $, $$, button, focused, textOf, typeAnswer } from './helpers.js';

const FI_PROMPTS = [
  fi['reflection.prompt.peer-support.1'],
  fi['reflection.prompt.peer-support.2'],
  fi['reflection.prompt.peer-support.3'],
];

describe('<vt-reflection-card>', () => {
  beforeEach(() => localStorage.clear());

  it('shows the seed exercises one at a time, in Finnish by default, with progress for screen readers', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card card-id="t1"></vt-reflection-card>`);
    await expect(card).to.be.accessible();
    expect(FI_PROMPTS[0]).to.equal(
      'Mieti ja kirjaa yksi mielestäsi hyvä esimerkki siitä, kun olet saanut vertaistukea elämäsi aikana. Voit tarkastella asiaa esimerkiksi työurallasi.',
    );
    expect(textOf(card, 'label')).to.equal(FI_PROMPTS[0]);
    expect($(card, 'label').getAttribute('for')).to.equal($(card, 'textarea').id);
    expect($(card, '[part="progress"] [aria-hidden="true"]').textContent!.trim()).to.equal('1 / 3');
    expect($(card, '[part="progress"] .vt-visually-hidden').textContent).to.equal('Kysymys 1/3');
    expect($(card, 'textarea').getAttribute('aria-describedby')).to.equal('progress');
    expect(textOf(card, '[part="device-note"]')).to.equal(
      'Vastauksesi tallentuvat vain tälle laitteelle. Ne eivät lähde mihinkään, ellet itse päätä jakaa niitä.',
    );
    // The live region is there, empty, before any message is written into it.
    const notice = $(card, '[part="notice"]');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.getAttribute('aria-live')).to.equal('polite');
    expect(notice.textContent!.trim()).to.equal('');
    expect(button(card, 'Edellinen').disabled).to.equal(true);
    // Sharing is off unless asked for.
    expect($$(card, '[data-action="share"]')).to.have.length(0);
  });

  it('walks through all prompts by keyboard alone, and keeps every answer', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <button id="before">before</button>
      <vt-reflection-card card-id="walk"></vt-reflection-card>
    </div>`);
    const card = wrapper.querySelector('vt-reflection-card')!;
    await card.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(focused(card)?.id).to.equal('answer-0');
    let saved = oneEvent(card, 'vt-reflection-input');
    await sendKeys({ type: 'First' });
    await saved;
    // Previous is disabled on the first prompt, so Tab goes straight to Next.
    await sendKeys({ press: 'Tab' });
    expect(focused(card)?.textContent?.trim()).to.equal('Next');
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(focused(card)?.id).to.equal('answer-1');
    expect($(card, '[part="progress"] .vt-visually-hidden').textContent).to.equal('Question 2 of 3');
    expect($(card, '[part="progress"] [aria-hidden="true"]').textContent!.trim()).to.equal('2 / 3');
    await expect(card).to.be.accessible();

    saved = oneEvent(card, 'vt-reflection-input');
    await sendKeys({ type: 'Second' });
    await saved;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(card)?.textContent?.trim()).to.equal('Next');
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(focused(card)?.id).to.equal('answer-2');
    saved = oneEvent(card, 'vt-reflection-input');
    await sendKeys({ type: 'Third' });
    const { detail } = (await saved) as VtReflectionInputEvent;
    expect(detail.answers.map((pair) => pair.answer)).to.deep.equal(['First', 'Second', 'Third']);
    expect(button(card, 'Next').disabled).to.equal(true);

    // Back to the first one: Shift+Tab to Previous, twice.
    await sendKeys({ press: 'Tab' });
    expect(focused(card)?.textContent?.trim()).to.equal('Previous');
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(($(card, 'textarea') as HTMLTextAreaElement).value).to.equal('Second');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(focused(card)?.id).to.equal('answer-0');
    expect(($(card, 'textarea') as HTMLTextAreaElement).value).to.equal('First');
    expect(JSON.parse(localStorage.getItem(draftKey('walk'))!).answers).to.deep.equal(['First', 'Second', 'Third']);
  });

  it('saves drafts after a pause, says "Saved" politely and fires vt-reflection-input', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="en"></vt-reflection-card>`);
    const key = draftKey(defaultCardId(location.pathname, 'exercise:peer-support'));
    expect(card.effectiveCardId).to.equal(defaultCardId(location.pathname, 'exercise:peer-support'));
    const events: unknown[] = [];
    card.addEventListener('vt-reflection-input', (event) => events.push(event.detail));
    $<HTMLTextAreaElement>(card, 'textarea').focus();
    await sendKeys({ type: 'Kun' });
    // Debounced: nothing is written while typing goes on.
    expect(localStorage.getItem(key)).to.equal(null);
    await waitUntil(() => events.length === 1, 'saved once typing paused');
    expect(JSON.parse(localStorage.getItem(key)!).answers).to.deep.equal(['Kun']);
    expect(events[0]).to.deep.include({ cardId: card.effectiveCardId, persistent: true });
    await card.updateComplete;
    expect(textOf(card, '[part="notice"]')).to.match(/^Saved on this device at \d{1,2}:\d{2}\s?[AP]M\.$/);
    await expect(card).to.be.accessible();
  });

  it('says at what time the answers were saved, as each language writes a time', async () => {
    const realNow = Date.now;
    const at = new Date(2027, 1, 3, 14, 5, 30).getTime();
    let now = at;
    Date.now = () => now;
    try {
      const expected = {
        fi: 'Tallennettu tälle laitteelle klo 14.05.',
        sv: 'Sparat på den här enheten kl. 14:05.',
        en: 'Saved on this device at 2:05 PM.',
      };
      for (const [lang, text] of Object.entries(expected)) {
        const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang=${lang} card-id="time-${lang}"></vt-reflection-card>`);
        await typeAnswer(card, 'Vastaus');
        await card.updateComplete;
        // Some engines put a narrow no-break space before PM.
        expect(textOf(card, '[part="notice"]').replace(/\s/g, ' '), lang).to.equal(text);
      }
      // A later save shows its own time; the words change at most once a minute.
      const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="fi" card-id="time-later"></vt-reflection-card>`);
      await typeAnswer(card, 'Eka');
      now = at + 60_000;
      await typeAnswer(card, ' ja toka');
      await card.updateComplete;
      expect(textOf(card, '[part="notice"]')).to.equal('Tallennettu tälle laitteelle klo 14.06.');
      // The page switches language: the same save, written the new language's way.
      card.lang = 'en';
      await waitUntil(() => textOf(card, '[part="notice"]').startsWith('Saved'), 'notice in English');
      expect(textOf(card, '[part="notice"]').replace(/\s/g, ' ')).to.equal('Saved on this device at 2:06 PM.');
    } finally {
      Date.now = realNow;
    }
  });

  it('keeps answers by exercise, not by language: switching language keeps them', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="fi"></vt-reflection-card>`);
    await typeAnswer(card, 'Vastaus');
    card.setAttribute('lang', 'sv');
    await waitUntil(() => textOf(card, 'label').startsWith('Tänk på'), 'Swedish prompt');
    expect($<HTMLTextAreaElement>(card, 'textarea').value).to.equal('Vastaus');
    expect(textOf(card, '[part="progress"] .vt-visually-hidden')).to.equal('Fråga 1/3');
    await expect(card).to.be.accessible();
  });

  it('shows every prompt at once with layout="list"', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card layout="list" lang="en"></vt-reflection-card>`);
    await expect(card).to.be.accessible();
    expect($$(card, 'textarea')).to.have.length(3);
    expect($$(card, 'label').map((label) => label.getAttribute('for'))).to.deep.equal(['answer-0', 'answer-1', 'answer-2']);
    expect($$(card, '[part="progress"], [part="navigation"]')).to.have.length(0);
    const detail = await typeAnswer(card, 'Third', '#answer-2');
    expect(detail.answers.map((pair) => pair.answer)).to.deep.equal(['', '', 'Third']);
  });

  it('presenter mode shows large read-only prompts and no inputs', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card presenter lang="en"></vt-reflection-card>`);
    await expect(card).to.be.accessible();
    expect($$(card, 'textarea, dialog, [part="actions"], [part="device-note"]')).to.have.length(0);
    expect(textOf(card, '[part="prompt"]')).to.match(/^Think of one good example/);
    button(card, 'Next').focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(textOf(card, '[part="prompt"]')).to.match(/^What was meaningful/);
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    // Next is now disabled: focus moved to Previous instead of being lost.
    expect(focused(card)?.textContent?.trim()).to.equal('Previous');
    expect(textOf(card, '[part="progress"] [aria-hidden="true"]')).to.equal('3 / 3');
    // A presentation clicker sends arrow or page keys.
    await sendKeys({ press: 'ArrowLeft' });
    await card.updateComplete;
    expect(textOf(card, '[part="progress"] [aria-hidden="true"]')).to.equal('2 / 3');
    await sendKeys({ press: 'PageDown' });
    await card.updateComplete;
    expect(textOf(card, '[part="progress"] [aria-hidden="true"]')).to.equal('3 / 3');
    await expect(card).to.be.accessible();
    expect(localStorage.length).to.equal(0);

    card.layout = 'list';
    await card.updateComplete;
    expect($$(card, 'li[part="prompt"]')).to.have.length(3);
    await expect(card).to.be.accessible();
  });

  it('takes its prompts from <vt-prompt> children, and from the prompts property before them', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="en">
      <vt-prompt>What went well today?</vt-prompt>
      <vt-prompt> What would you try next time? </vt-prompt>
    </vt-reflection-card>`);
    expect(textOf(card, 'label')).to.equal('What went well today?');
    expect(textOf(card, '[part="progress"] [aria-hidden="true"]')).to.equal('1 / 2');
    expect(card.effectiveCardId).to.equal(
      defaultCardId(location.pathname, 'What went well today?\nWhat would you try next time?'),
    );
    // The children themselves are not shown: the card renders no slot.
    expect(card.querySelector('vt-prompt')!.getClientRects()).to.have.length(0);
    await expect(card).to.be.accessible();

    const added = document.createElement('vt-prompt');
    added.textContent = 'Who helped you?';
    card.append(added);
    await waitUntil(() => textOf(card, '[part="progress"] [aria-hidden="true"]') === '1 / 3', 'a late prompt');

    card.prompts = ['Only this'];
    await card.updateComplete;
    expect(textOf(card, 'label')).to.equal('Only this');
    expect(card.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.contain('1 / 1');
  });

  it('says so, for the page editor, when an exercise does not exist', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const card = await fixture<VtReflectionCard>(html`<vt-reflection-card exercise="nope" lang="en"></vt-reflection-card>`);
      expect(textOf(card, '[part="card"]')).to.contain('Configuration error');
      expect(textOf(card, '[part="card"]')).to.contain('no questions (check the exercise attribute or the <vt-prompt> elements)');
      await expect(card).to.be.accessible();
    } finally {
      console.error = original;
    }
    // The page editor learns which exercise name was not found.
    expect(errors.join()).to.contain('has no prompts (exercise "nope")');
  });

  it('takes any text from the texts attribute', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card
      lang="en"
      texts='{"reflection.prompt.peer-support.1": "Reworded", "en": {"reflection.next": "Onwards"}}'
    ></vt-reflection-card>`);
    expect(textOf(card, 'label')).to.equal('Reworded');
    expect(button(card, 'Onwards')).to.be.instanceOf(HTMLButtonElement);
  });

  it('deletes the answers from storage after a keyboard-usable confirmation', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card card-id="del" lang="en"></vt-reflection-card>`);
    await typeAnswer(card, 'Secret');
    expect(localStorage.getItem(draftKey('del'))).to.not.equal(null);
    const deleteButton = $<HTMLButtonElement>(card, '[data-action="delete"]');
    const dialog = $<HTMLDialogElement>(card, '#delete-dialog');

    deleteButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'dialog open');
    // The person is told what goes, and from where, before confirming.
    expect(textOf(card, '#delete-dialog p')).to.equal('All answers to this exercise will be deleted from this device. This cannot be undone.');
    expect(focused(card)?.textContent?.trim()).to.equal('Cancel');
    await expect(card).to.be.accessible();
    // Escape cancels, and focus comes back to the button that opened the dialog.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'dialog closed');
    await waitUntil(() => focused(card) === deleteButton, 'focus back on Delete');
    expect(localStorage.getItem(draftKey('del'))).to.not.equal(null);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'dialog open again');
    await sendKeys({ press: 'Tab' });
    expect(focused(card)?.textContent?.trim()).to.equal('Delete my answers');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog.open, 'dialog closed');
    await card.updateComplete;
    expect(localStorage.getItem(draftKey('del'))).to.equal(null);
    expect($<HTMLTextAreaElement>(card, 'textarea').value).to.equal('');
    expect(textOf(card, '[part="notice"]')).to.equal('Your answers have been deleted from this device.');
    expect(focused(card)).to.equal(deleteButton);
    await expect(card).to.be.accessible();
    // Nothing comes back from a pending save after the delete.
    await aTimeout(800);
    expect(localStorage.getItem(draftKey('del'))).to.equal(null);
  });

  describe('copy', () => {
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    function clipboard(writeText: (text: string) => Promise<void>): void {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    }

    it('copies every prompt and answer as text', async () => {
      const copied: string[] = [];
      clipboard(async (text) => {
        copied.push(text);
      });
      const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="en"></vt-reflection-card>`);
      await typeAnswer(card, 'My answer');
      button(card, 'Copy').click();
      await waitUntil(() => textOf(card, '[part="notice"]') === 'The questions and your answers have been copied to the clipboard.', 'copied');
      expect(copied).to.have.length(1);
      expect(copied[0]).to.match(/^Reflection exercise\n\n1\. Think of one good example.*\n\nMy answer\n\n\n2\. What was meaningful/s);
      expect(copied[0]).to.contain('(no answer)');
      await expect(card).to.be.accessible();
    });

    it('shows the text to copy by hand when the browser refuses the clipboard', async () => {
      clipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="en"></vt-reflection-card>`);
      await typeAnswer(card, 'My answer');
      button(card, 'Copy').click();
      await waitUntil(() => card.shadowRoot!.querySelector('[part="copy-fallback"]'), 'fallback shown');
      const fallback = $<HTMLTextAreaElement>(card, '[part="copy-fallback"]');
      expect(fallback.value).to.contain('My answer');
      expect(fallback.readOnly).to.equal(true);
      expect(focused(card)).to.equal(fallback);
      expect(textOf(card, '[part="notice"]')).to.equal('The browser did not allow copying. Select the text below and copy it yourself.');
      await expect(card).to.be.accessible();
    });

    it('falls back the same way where there is no clipboard at all', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="en"></vt-reflection-card>`);
      button(card, 'Copy').click();
      await waitUntil(() => card.shadowRoot!.querySelector('[part="copy-fallback"]'), 'fallback shown');
    });
  });

  it('downloads every prompt and answer as a .txt file', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="en"></vt-reflection-card>`);
    await typeAnswer(card, 'Downloaded answer');
    let link: HTMLAnchorElement | undefined;
    let text: Promise<string> | undefined;
    card.shadowRoot!.addEventListener(
      'click',
      (event) => {
        const target = event.target as HTMLElement;
        if (target.localName !== 'a') return;
        event.preventDefault();
        link = target as HTMLAnchorElement;
        text = fetch(link.href).then((response) => response.text());
      },
      { capture: true },
    );
    button(card, 'Download (.txt)').click();
    expect(link!.download).to.equal('Reflection exercise.txt');
    expect(link!.href).to.match(/^blob:/);
    expect(await text!).to.contain('Downloaded answer');
    // The temporary link is gone again.
    expect(card.shadowRoot!.querySelector('a[download]')).to.equal(null);
  });
});
