import { ValidateBy, type ValidationOptions } from 'class-validator';

/*
 * Rules for characters in text, in one place: every request value (the request input pipe), file
 * names (evidence) and names (the @IsName decorator) use these.
 */

// eslint-disable-next-line no-control-regex -- PostgreSQL cannot store U+0000 in text or jsonb; it refuses the statement
export const NUL = /\u0000/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Embeddings, overrides and isolates reorder what is shown, e.g. making 'exe.pdf' read as 'fdp.exe'. */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** A surrogate without its partner is not a character and cannot be encoded as UTF-8. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with the characters of a value that may be stored as text, or null when nothing is. */
export function textProblem(value: string): string | null {
  if (NUL.test(value)) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'contains characters that are not valid Unicode (a lone surrogate)';
  return null;
}

/** What is wrong with the characters of a name (one line, shown to people as it is), or null. */
export function nameProblem(value: string): string | null {
  const problem = textProblem(value);
  if (problem) return problem;
  if (CONTROL.test(value)) return 'must not contain control characters such as line breaks or tabs';
  if (BIDI_CONTROL.test(value)) return 'must not contain characters that change the direction of text';
  return null;
}

/**
 * A string that names something (a person, a team, a programme, a category): names are treated
 * like file names, refusing control characters, direction overrides and lone surrogates.
 * Lengths stay with @Length / @MaxLength.
 */
export function IsName(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && nameProblem(value) === null,
        defaultMessage: (args) => {
          const value: unknown = args?.value;
          const problem = typeof value === 'string' ? nameProblem(value) : 'must be a string';
          return `${args?.property ?? 'value'} ${problem ?? 'must be a name'}`;
        },
      },
    },
    validationOptions,
  );
}
