import type { LocalisedMessage } from '../core/errors.js';

/** An input that cannot be read at all (a missing file, a .xls workbook): the CLI exits with 2, the Werkstatt names the file. */
export class InputError extends Error {
  constructor(readonly sentence: LocalisedMessage) {
    super(sentence.en);
  }
}
