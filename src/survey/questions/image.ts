import { css, html } from 'lit';
import type { ImageQuestion, ImagepickerQuestion, LocalizedText } from '../definition.js';
import type { Problem } from '../read-definition.js';
import { ordered } from './choice.js';
import { familyStyles } from './family-styles.js';
import { fieldset, type QuestionModule } from './view.js';

// Pictures fit a phone's width; an imagepicker's side by side while there is room.
const styles = familyStyles(css`
  .picture img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .pictures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .pictures img {
    display: block;
    max-width: min(12rem, 100%);
    height: auto;
  }
`);

/**
 * Pictures: `image` (a picture between the questions, described by `altText`; it asks nothing, and is
 * never required, as in survey-core) and `imagepicker` (choices shown as their `imageLink` pictures on
 * native radios, or checkboxes with `multiSelect`; each picture is described by its choice's text, which
 * names the choice to a screen reader). The answer is the value chosen, or a list in the order ticked.
 * Pictures come from http(s) or relative URLs only. A family of its own, fetched only for a definition
 * with one.
 */
export const properties = {
  image: 'imageLink:t altText:t contentMode',
  imagepicker: 'choices:q choicesOrder multiSelect:b contentMode',
};

/** A URL a picture may come from: http(s), or relative to the page. */
const isPictureUrl = (url: string) => /^https?:/i.test(url) || !/^[a-z][a-z\d+.-]*:/i.test(url.trim());
const urls = (link: LocalizedText | undefined) => (link === undefined ? [] : typeof link == 'string' ? [link] : Object.values(link));

const picture = (props: Record<string, unknown>, fail: Problem) => {
  // A video would change what is shown; survey-core's `auto` shows a picture as a picture.
  if (props.contentMode !== undefined && !['image', 'auto'].includes(props.contentMode as string)) {
    fail('contentMode', { says: 'needs to be image or auto; videos are not supported' });
  }
  const links = [props.imageLink as LocalizedText | undefined, ...((props.choices ?? []) as Array<{ imageLink?: LocalizedText }>).map((choice) => choice.imageLink)];
  if (links.flatMap(urls).some((url) => !isPictureUrl(url))) fail('imageLink', { says: 'needs an http, https or relative URL' });
  return {};
};

export const model: QuestionModule['model'] = { image: picture, imagepicker: picture };

export const problem: QuestionModule['problem'] = { image: () => null };

export const render: QuestionModule['render'] = {
  image: (question: ImageQuestion, view) => {
    const link = view.text(question.imageLink);
    // Without altText the picture is taken as decoration, as in markup.
    return link
      ? html`<div class="question picture" part="question" ${styles}><img src=${link} alt=${view.text(question.altText)} /></div>`
      : html``;
  },
  imagepicker: (question: ImagepickerQuestion, view) => {
    const { id } = view;
    const multiple = !!question.multiSelect;
    const ticked: unknown[] = Array.isArray(view.value) ? view.value : [];
    const others = (value: unknown) => ticked.filter((item) => item !== value);
    return fieldset(
      view,
      html`<div class="pictures" ${styles}>
        ${ordered(question, (choice) => view.text(choice.text))
          // The choices their visibleIf shows now (a hidden one's value leaves the answer: logic.ts `answered`).
          .filter((choice) => !choice.visibleIf || choice.visibleIf.evaluate(view.answers))
          .map((choice, at) => {
          const checked = multiple ? ticked.includes(choice.value) : view.value === choice.value;
          const pick = (event: Event) => {
            const on = (event.target as HTMLInputElement).checked;
            view.set(multiple ? ((on ? [...others(choice.value), choice.value] : others(choice.value)) as string[]) : choice.value);
          };
          const link = view.text(choice.imageLink);
          return html`<span class="choice">
            <input type=${multiple ? 'checkbox' : 'radio'} id="${id}-${at}" name=${id} value=${String(choice.value)} .checked=${checked}
              ?disabled=${!!choice.enableIf && !choice.enableIf.evaluate(view.answers)} @change=${pick} />
            <label for="${id}-${at}">${link ? html`<img src=${link} alt=${view.text(choice.text)} />` : view.text(choice.text)}</label>
          </span>`;
        })}
      </div>`,
    );
  },
};

export const firstControl = { imagepicker: '-0' };
