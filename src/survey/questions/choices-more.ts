import * as extras from './choice-extras.js';
import * as pictures from './image.js';
import * as ranking from './ranking.js';
import type { QuestionModule } from './view.js';

/**
 * The question types and choice features only some definitions use, as one chunk (one fetch, one chunk
 * name in every page's registry): `ranking`, `image` and `imagepicker`, `tagbox`, and the special choices
 * and `colCount` of radiogroup, checkbox and dropdown.
 */
const module: QuestionModule = {
  properties: { ...ranking.properties, ...pictures.properties, ...extras.properties },
  render: { ...ranking.render, ...pictures.render, ...extras.render },
  firstControl: { ...ranking.firstControl, ...pictures.firstControl, ...extras.firstControl },
  model: { ...ranking.model, ...pictures.model, ...extras.model },
  problem: { ...ranking.problem, ...pictures.problem },
  settle: ranking.settle,
  link: ranking.link,
};
export const { properties, render, firstControl, model, problem, settle, link } = module;
