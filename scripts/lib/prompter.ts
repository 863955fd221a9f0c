/**
 * The questions `npm run new` asks, behind a small interface: @clack/prompts in a terminal, scripted
 * answers in tests. Each question can validate its answer with the same parsers the schema uses.
 */
import * as clack from '@clack/prompts';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export interface Prompter {
  /** A line of text; `validate` returns a message to show, or undefined when the answer is fine. */
  text(question: { message: string; initial?: string; placeholder?: string; validate?: (answer: string) => string | undefined }): Promise<string>;
  select(question: { message: string; choices: Choice[]; initial?: string }): Promise<string>;
  multiselect(question: { message: string; choices: Choice[]; initial?: string[] }): Promise<string[]>;
}

/** Raised when the editor cancels (Ctrl+C or Escape). */
export class Cancelled extends Error {}

function orCancel<T>(answer: T): Exclude<T, symbol> {
  if (clack.isCancel(answer)) throw new Cancelled('Cancelled; nothing was written.');
  return answer as Exclude<T, symbol>;
}

/** Questions in the terminal, with @clack/prompts. */
export const terminalPrompter: Prompter = {
  async text({ message, initial, placeholder, validate }) {
    return orCancel(
      await clack.text({
        message,
        ...(initial !== undefined && { initialValue: initial }),
        ...(placeholder !== undefined && { placeholder }),
        ...(validate && { validate: (answer: string | undefined) => validate(answer ?? '') }),
      }),
    );
  },
  async select({ message, choices, initial }) {
    return orCancel(await clack.select({ message, options: choices, ...(initial !== undefined && { initialValue: initial }) }));
  },
  async multiselect({ message, choices, initial }) {
    return orCancel(
      await clack.autocompleteMultiselect({ message, options: choices, ...(initial && { initialValues: initial }), required: false }),
    );
  },
};

/** Answers given in advance, in order; for tests. Each answer is checked by the question's validator. */
export function scriptedPrompter(answers: (string | string[])[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`no scripted answer for "${message}"`);
    return answers.shift()!;
  };
  return {
    asked,
    async text({ message, initial, validate }) {
      const answer = next(message);
      const text = Array.isArray(answer) ? answer.join(',') : answer === '' && initial !== undefined ? initial : answer;
      const problem = validate?.(text);
      if (problem) throw new Error(`answer ${JSON.stringify(text)} to "${message}" refused: ${problem}`);
      return text;
    },
    async select({ message, choices }) {
      const answer = String(next(message));
      if (!choices.some((choice) => choice.value === answer)) throw new Error(`"${answer}" is not a choice of "${message}"`);
      return answer;
    },
    async multiselect({ message }) {
      const answer = next(message);
      return Array.isArray(answer) ? answer : answer.split(',').filter(Boolean);
    },
  };
}
