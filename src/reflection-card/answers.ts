/** One prompt and what the participant wrote to it. */
export interface ReflectionAnswer {
  prompt: string;
  answer: string;
}

/** The `data` of a `vt.reflection/1` submission (`schemas/reflection.schema.json`). */
export interface ReflectionShare extends Record<string, unknown> {
  cardId: string;
  exercise?: string;
  answers: ReflectionAnswer[];
}

export function pairAnswers(prompts: readonly string[], answers: readonly string[]): ReflectionAnswer[] {
  return prompts.map((prompt, index) => ({ prompt, answer: answers[index] ?? '' }));
}

/**
 * What sharing sends: only the prompts that have an answer, as written (the person sees this exact
 * object in the confirmation). Undefined when there is nothing to share.
 */
export function shareData(
  cardId: string,
  exercise: string | undefined,
  pairs: readonly ReflectionAnswer[],
): ReflectionShare | undefined {
  const answered = pairs.filter((pair) => pair.answer.trim() !== '');
  if (!answered.length) return undefined;
  return exercise ? { cardId, exercise, answers: answered } : { cardId, answers: answered };
}

/** Prompts and answers as plain text, for Copy and Download; `noAnswer` stands in for an empty one. */
export function answersAsText(title: string, pairs: readonly ReflectionAnswer[], noAnswer: string): string {
  const blocks = pairs.map(
    (pair, index) => `${index + 1}. ${pair.prompt}\n\n${pair.answer.trim() ? pair.answer.trimEnd() : noAnswer}`,
  );
  return `${title}\n\n${blocks.join('\n\n\n')}\n`;
}
