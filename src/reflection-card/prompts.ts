import type { ReflectionKey } from '../i18n/catalogue.js';
import type { Localizer } from '../i18n/localize.js';
import type { ReflectionTextKey } from './texts.js';

/**
 * The built-in exercise sets, by the name the `exercise` attribute takes. Each prompt is a text key,
 * so it comes in the card's language and a page can reword it with `texts`.
 */
export const EXERCISES = {
  /** The three peer-support exercises of the 2020 development forum (Kestävä keikkatyö). */
  'peer-support': [
    'reflection.prompt.peer-support.1',
    'reflection.prompt.peer-support.2',
    'reflection.prompt.peer-support.3',
  ],
} as const satisfies Record<string, readonly ReflectionKey[]>;

export type ExerciseName = keyof typeof EXERCISES;

export const DEFAULT_EXERCISE: ExerciseName = 'peer-support';

export function isExercise(name: string): name is ExerciseName {
  return Object.prototype.hasOwnProperty.call(EXERCISES, name);
}

/** Where a card's prompts come from: the page's own, or a built-in set. */
export type PromptSource = { kind: 'custom'; prompts: string[] } | { kind: 'exercise'; name: string };

/**
 * The page's own prompts win (the `prompts` property, then `<vt-prompt>` children); otherwise the
 * named exercise, or the default one.
 */
export function promptSource(
  property: readonly string[] | undefined,
  children: readonly string[],
  exercise: string | undefined,
): PromptSource {
  const own = (property?.length ? property : children).map((text) => text.trim()).filter(Boolean);
  if (own.length) return { kind: 'custom', prompts: own };
  return { kind: 'exercise', name: exercise || DEFAULT_EXERCISE };
}

/** The prompt texts to show, in the localizer's language; empty for an exercise we do not have. */
export function promptTexts(source: PromptSource, i18n: Localizer<ReflectionTextKey>): string[] {
  if (source.kind === 'custom') return source.prompts;
  return isExercise(source.name) ? EXERCISES[source.name].map((key) => i18n.t(key)) : [];
}

/**
 * What identifies the prompts regardless of language, for the default card id: the exercise name (so
 * switching language keeps the answers), or the page's own prompt texts.
 */
export function promptIdentity(source: PromptSource): string {
  return source.kind === 'custom' ? source.prompts.join('\n') : `exercise:${source.name}`;
}
