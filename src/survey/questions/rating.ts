import { html, nothing } from 'lit';
import type { RatingQuestion } from '../definition.js';
import { fieldset, options, type QuestionModule } from './view.js';

/** `rating`: a scale of radios, its ends described. The answer is the value chosen (a number, mostly). */
export const properties = {
  rating: 'rateMin:n rateMax:n rateStep:n rateCount:n rateValues:v autoGenerate:b minRateDescription:t maxRateDescription:t',
};

export const render: QuestionModule['render'] = {
  rating: (question: RatingQuestion, view) => {
    const { id } = view;
    const { values, minRateDescription: low, maxRateDescription: high } = question;
    const end = (at: number) => (at == 0 && low ? `${id}-min` : at == values.length - 1 && high ? `${id}-max` : undefined);
    return fieldset(
      view,
      html`<div class="choices rating">
          ${options(view, values, id, `${id}-`, (value) => view.value === value.value, (value) => value.value as number, { describe: end })}
        </div>
        ${low || high
          ? html`<p class="ends vt-note"><span id="${id}-min">${view.text(low)}</span><span id="${id}-max">${view.text(high)}</span></p>`
          : nothing}`,
    );
  },
};

export const firstControl = { rating: '-0' };
