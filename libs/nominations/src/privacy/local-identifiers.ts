import { escapeRegExp } from '@commend/core';
import { type LocalIdentifier, localIdentifierSource } from '@commend/programmes';

/** A local case or patient identifier found in prose, with its character range [start, end). */
export interface IdentifierSpan {
  start: number;
  end: number;
}

/**
 * What introduces a local identifier: the generic names (hospital number, MRN, case reference) and the record
 * systems trusts and councils use — Mosaic, Liquidlogic (LCS, LAS, EHM), RiO, SystmOne, EMIS, CareFirst, Paris,
 * Lorenzo, Cerner, Eclipse, ContrOCC.
 */
const SYSTEM =
  'Mosaic|Liquidlogic|LCS|LAS|EHM|RiO|SystmOne|System One|S1|EMIS(?: Web)?|CareFirst|Paris|Lorenzo|Cerner|Eclipse|ContrOCC|Framework-?i|ICS|Servelec';
const GENERIC =
  'hospital|unit|patient|client|person|case|record|medical record|CHI|MRN|PAS|social care|child|adult|family|service user|referral|crime|incident|CAD';
const NOUN = String.raw`(?:ID|Id|id|number|no\.?|No\.?|num|ref(?:erence)?\.?|record(?:[ ]number)?|reference[ ]number|identifier)`;
const CUE = String.raw`(?:(?:${SYSTEM})(?:[ ]${NOUN})?|(?:${GENERIC})[ ]${NOUN}|MRN)`;
/** The identifier itself: up to four letters, then at least four digits (optionally grouped), then a letter. */
const TOKEN = String.raw`[A-Za-z]{0,4}[-/]?\d(?:[ /-]?\d){3,13}[A-Za-z]?`;
const CUED_IDENTIFIER = new RegExp(
  String.raw`(?<![A-Za-z])${CUE}(?:[ ](?:for|of)(?:[ ][a-z]+){1,3})?(?:[ ]?[:#,(]|[ ](?:is|was|of))?[ ]?(?<id>${TOKEN})(?![\w/-])`,
  'g',
);
/** How close (in characters, before it) a cue must be to an all-digit programme template's match. */
const CUE_DISTANCE = 40;
const ANY_CUE = new RegExp(String.raw`(?<![A-Za-z])${CUE}`, 'gi');

export function findLocalIdentifiers(text: string, programmeIdentifiers: readonly LocalIdentifier[]): IdentifierSpan[] {
  const cued = Array.from(text.matchAll(CUED_IDENTIFIER), (found) => {
    const end = found.index + found[0].length;
    return { start: end - found.groups!.id.length, end };
  });
  return [...cued, ...programmeMatches(text, programmeIdentifiers)];
}

/**
 * A programme's template with a letter in it has a shape distinctive enough to find anywhere; an all-digit one
 * ("99999999") is found only after a cue, or it would flag budget figures and years.
 */
function programmeMatches(text: string, identifiers: readonly LocalIdentifier[]): IdentifierSpan[] {
  if (identifiers.length === 0) return [];
  const cueEnds = Array.from(text.matchAll(ANY_CUE), (cue) => cue.index + cue[0].length);
  return identifiers.flatMap(({ label, pattern }) => {
    const labelCue = new RegExp(`(?<![A-Za-z])${escapeRegExp(label)}`, 'gi');
    const ends = [...cueEnds, ...Array.from(text.matchAll(labelCue), (cue) => cue.index + cue[0].length)];
    const shape = new RegExp(String.raw`(?<![A-Za-z0-9])${localIdentifierSource(pattern)}(?![A-Za-z0-9])`, 'g');
    return Array.from(text.matchAll(shape))
      .filter(
        (found) => pattern.includes('A') || ends.some((end) => end <= found.index && found.index - end <= CUE_DISTANCE),
      )
      .map((found) => ({ start: found.index, end: found.index + found[0].length }));
  });
}
