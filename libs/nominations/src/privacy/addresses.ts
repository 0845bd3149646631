/** A street address found in prose, with its character range [start, end). */
export interface AddressSpan {
  start: number;
  end: number;
}

const STREET_TYPE =
  'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Way|Court|Crescent|Grove|Place|Terrace|Gardens|Walk|Row|Hill|Mews|Square|Parade|View|Rise|Green|Vale|Fold|Croft|Approach|Wharf|Brow|Heights|Boulevard|Crossway|Chase|Meadow|Meadows|Wynd|Gate|Park Road|Park Avenue';
const STREET_WORD = String.raw`[A-Z][a-z'’]+`;
/**
 * A house number and a street: "7 Moor Lane", "40a Mill Street", "Flat 12, 40 Mill Street", "12 St John's Road".
 * The number is what makes it one household's address; a street named without one is an area.
 */
const ADDRESS = new RegExp(
  String.raw`(?<![\w£$.,/-])(?:(?:Flat|Apartment|Apt|Room|Unit)[ ]\d{1,4}[A-Za-z]?,?[ ](?:${STREET_WORD}[ ](?:House|Court|Lodge|Tower|Mansions),?[ ])?)?\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?[ ](?:St\.?[ ])?(?:${STREET_WORD}[ ]){1,3}(?:${STREET_TYPE})\b\.?`,
  'g',
);
/** Where someone lives: an address after these is a finding even near an organisation's name. */
const HOME_CUE =
  /(?:lives?|living|lived|home|moved(?:[ ]in)?|staying|stays|address|flat|house|property|visited|visit)(?:[ ](?:at|on|in|to|is|was|as|of))?,?[ ]$/i;
/**
 * An organisation's premises: the team's office, a hospital, a council building, a school. An address that follows
 * one of these in the same sentence is where people work or go, not where a service user lives.
 */
const PREMISES_CUE =
  /(?:office|offices|base|based|hub|headquarters|HQ|hospital|infirmary|clinic|centre|center|council|civic|town hall|surgery|practice|station|school|academy|college|nursery|library|church|mosque|temple|gurdwara|depot|registered|reception|team|service|trust|charity|foodbank|food bank|hostel|refuge)\b[^.!?\n]{0,40}$/i;

export function findStreetAddresses(text: string): AddressSpan[] {
  return Array.from(text.matchAll(ADDRESS)).flatMap((found) => {
    const before = text.slice(Math.max(0, found.index - 60), found.index);
    const end = found.index + found[0].length - (found[0].endsWith('.') ? 1 : 0);
    if (!HOME_CUE.test(before) && PREMISES_CUE.test(before)) return [];
    return [{ start: found.index, end }];
  });
}
