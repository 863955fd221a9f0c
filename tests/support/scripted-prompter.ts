/** A `Prompter` that gives answers decided in advance, for testing what `npm run new` asks. */
import type { Prompter } from '../../scripts/lib/prompter';

/** Answers given in advance, in order. Each answer is checked by the question's validator, as a terminal would. */
export function scriptedPrompter(answers: (string | string[])[]): Prompter {
  const next = (message: string) => {
    if (answers.length === 0) throw new Error(`no scripted answer for "${message}"`);
    return answers.shift()!;
  };
  return {
    async text({ message, initial, validate }) {
      const answer = next(message);
      const text = Array.isArray(answer) ? answer.join(',') : answer === '' && initial !== undefined ? initial : answer;
      const problem = validate?.(text);
      if (problem) throw new Error(`answer ${JSON.stringify(text)} to "${message}" refused: ${problem}`);
      return text;
    },
    async select({ message, choices }) {
      const answer = String(next(message));
      if (!choices.some((choice) => choice.value === answer))
        throw new Error(`"${answer}" is not a choice of "${message}"`);
      return answer;
    },
    async multiselect({ message }) {
      const answer = next(message);
      return Array.isArray(answer) ? answer : answer.split(',').filter(Boolean);
    },
  };
}
