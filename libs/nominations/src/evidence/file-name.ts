/**
 * The client's file name is data only: shown to people and offered back in Content-Disposition,
 * never used as a storage key or a path. So it must be safe to display and to put in a header.
 */

import { BIDI_CONTROL, CONTROL, LONE_SURROGATE } from '@commend/core';

export const MAX_FILE_NAME_CHARS = 200;

export type CleanFileName = { ok: true; name: string } | { ok: false; problem: string };

const SEPARATOR = /[/\\]/;
/** Spaces of every kind and invisible format characters (zero-width space and the like) show as nothing. */
const ONLY_DOTS_AND_SPACES = /^[.\s\p{Z}\p{Cf}]+$/u;

export function cleanFileName(raw: string): CleanFileName {
  const problem = problemWith(raw);
  if (problem) return { ok: false, problem };
  const name = raw.normalize('NFC').trim();
  if (name === '') return { ok: false, problem: 'The file name is empty' };
  if (ONLY_DOTS_AND_SPACES.test(name)) {
    return { ok: false, problem: 'The file name must contain more than dots and spaces' };
  }
  if ([...name].length > MAX_FILE_NAME_CHARS) {
    return { ok: false, problem: `The file name is longer than ${MAX_FILE_NAME_CHARS} characters` };
  }
  return { ok: true, name };
}

function problemWith(raw: string): string | null {
  if (SEPARATOR.test(raw)) return 'The file name must not contain / or \\';
  if (CONTROL.test(raw)) return 'The file name must not contain control characters';
  if (BIDI_CONTROL.test(raw)) return 'The file name must not contain characters that change the direction of text';
  if (LONE_SURROGATE.test(raw)) return 'The file name contains characters that are not valid Unicode';
  return null;
}
