import type { BooleanQuestion } from '../definition.js';
import { fieldset, single, type QuestionModule } from './view.js';

/**
 * `boolean`: a yes/no pair of radios. The answer is `true` or `false`. `renderAs: "checkbox"` (one
 * checkbox) is drawn by choice-extras.ts, fetched for a definition that has it.
 */
export const properties = { boolean: 'labelTrue:t labelFalse:t label:t renderAs:s' };

export const render: QuestionModule['render'] = {
  boolean: (question: BooleanQuestion, view) =>
    fieldset(
      view,
      single(view, [
        { value: true, text: view.text(question.labelTrue) || view.t.t('survey.yes') },
        { value: false, text: view.text(question.labelFalse) || view.t.t('survey.no') },
      ]),
    ),
};

export const firstControl = { boolean: '-0' };
