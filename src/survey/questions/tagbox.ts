import { properties as choice, render as choices } from './choice.js';
import type { QuestionModule } from './view.js';

/**
 * `tagbox`: several choices, as survey-core's tag box offers them, shown here as a checkbox's native
 * checkboxes (a screen reader and a keyboard know them; the list of 60 of a real survey stays usable
 * without a search box). The answer is a list in the order ticked, as a checkbox's. A family of its own,
 * fetched only for a definition with one.
 */
export const properties = { tagbox: `${choice.checkbox} placeholder:t` };

export const render: QuestionModule['render'] = { tagbox: choices.checkbox! };

export const firstControl = { tagbox: '-0' };
