/**
 * The questions `npm run new` asks, behind a small interface: @clack/prompts in a terminal, scripted
 * answers in tests (tests/support/scripted-prompter.ts). Each question can validate its answer with the
 * schema's own field.
 */
import * as clack from '@clack/prompts';

export interface Choice {
  value: string;
  label: string;
}

export interface Prompter {
  /** A line of text; `validate` returns a message to show, or undefined when the answer is fine. */
  text(question: {
    message: string;
    initial?: string;
    placeholder?: string;
    validate?: (answer: string) => string | undefined;
  }): Promise<string>;
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
    return orCancel(
      await clack.select({ message, options: choices, ...(initial !== undefined && { initialValue: initial }) }),
    );
  },
  async multiselect({ message, choices, initial }) {
    return orCancel(
      await clack.autocompleteMultiselect({
        message,
        options: choices,
        ...(initial && { initialValues: initial }),
        required: false,
      }),
    );
  },
};
