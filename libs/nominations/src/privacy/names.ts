import nlp from 'compromise';
import { escapeRegExp } from '@commend/core';

/** A name found in prose, with its character range [start, end). */
export interface NameSpan {
  start: number;
  end: number;
}

/*
 * compromise's people() finds most person names in nomination prose, but on its own it cannot tell a service user
 * from a colleague: a nomination is full of colleagues' names. So a name is reported only when the prose around it
 * says it is someone the team supports (a title, an age, a family relation, "named", a service-user role), and not
 * when it says it is a colleague (a job title, "her manager", "our IDVA"). Cue phrases also find names compromise
 * misses ("a boy named Kai"). A name once reported is reported wherever it appears again in the same text.
 */

const NAME_WORD = String.raw`[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*`;
/** One to three capitalised words: "Tyler", "Dennis Pryce", "Mary-Ann O'Neill". */
const NAME = String.raw`${NAME_WORD}(?:[ ]${NAME_WORD}){0,2}`;

/** Titles used for service users; 'Dr', 'PC', 'Cllr' and the like name professionals and are colleague cues. */
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Master)\.?`;
const FAMILY =
  'daughter|son|mum|mother|dad|father|wife|husband|partner|boyfriend|girlfriend|brother|sister|grandson|granddaughter|grandmother|grandfather|grandma|grandad|nan|nana|niece|nephew|aunt|auntie|uncle|cousin|baby|stepdad|stepmum|stepson|stepdaughter|twin|twins|child|children|kids|neighbour|brothers|sisters|sons|daughters|siblings|grandchildren|grandsons|granddaughters|parents|grandparents';
const SERVICE_USER_ROLE =
  'patient|service user|client|resident|tenant|young person|young man|young woman|child|boy|girl|man|woman|lady|gentleman|teenager|toddler|infant|baby|pupil|learner|care leaver|carer|mum|dad|widow|widower|veteran|survivor|victim|family';
const NAMING_CUE = String.raw`(?:named|called|known as|name is|name was)`;
/** "the youngest of five, Mia": a child described by their place among siblings. */
const BIRTH_ORDER = String.raw`(?:youngest|eldest|oldest|middle child)(?:[ ]of[ ]\w+)?`;

/** A cue before a name that makes it a service user's: "Mrs ", "his daughter ", "a boy named ", "the patient, ". */
const SUPPORTED_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z])(?:${TITLE}|${NAMING_CUE}|(?:${FAMILY}|${SERVICE_USER_ROLE}|${BIRTH_ORDER})(?:,| -| –)?)[ ]$`,
  'i',
);
const AGE_WORD = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const CUE_BEFORE_NAME = new RegExp(
  String.raw`(?<![A-Za-z])(?:${TITLE}|${NAMING_CUE}|${FAMILY}|${SERVICE_USER_ROLE}|${BIRTH_ORDER}),?[ ]`,
  'gi',
);
const NAME_AT = new RegExp(NAME, 'y');
/** An age after a name: "Dennis, 79,", "Tyler (9)", "Leanne, aged 15", "Kai, a nine-year-old", "Tasha was fourteen". */
const AGE_AFTER = new RegExp(
  String.raw`^(?:(?:,[ ]?|[ ]\()(?:aged[ ])?(?:${AGE_WORD}|an?[ ]\w+-year-old|\d{1,3}-year-old)(?:[ ]years?(?:[ ]old)?)?(?:\)|,|\.|[ ]|$)|[ ](?:was|is)[ ](?:only[ ]|just[ ])?${AGE_WORD}(?:[ ]years[ ]old)?[ ](?:when|and|at|but))`,
);
/**
 * "Kayleigh's mum", "Tyler's school": a name owning a family member or a support is a service user's; so is one
 * described as one: "Leanne, his daughter,", "Dennis, a patient on the ward".
 */
const SUPPORTED_AFTER = new RegExp(
  String.raw`^(?:['’]s[ ](?:${FAMILY}|social worker|school|foster carers?|care plan|safety plan|GP|carers?|home|flat|case|referral|bedroom|nursery)|,[ ](?:his|her|their|the|a|an)[ ](?:[a-z]+[ ])?(?:${FAMILY}|${SERVICE_USER_ROLE}))(?![a-z])`,
  'i',
);
const COLLEAGUE_ROLE =
  'manager|colleague|colleagues|supervisor|IDVA|ISVA|social worker|worker|nurse|midwife|health visitor|doctor|GP|consultant|registrar|therapist|physio|psychologist|psychiatrist|paramedic|officer|PC|DC|DS|DI|Sgt|sergeant|inspector|Dr|Prof|Cllr|councillor|director|lead|head|chair|deputy|apprentice|student|trainee|assistant|coordinator|co-ordinator|practitioner|advocate|mentor|matron|charge nurse|team leader|team manager|clinician|chaplain|receptionist|administrator|admin|secretary|volunteer|teacher|headteacher|SENCO|solicitor|barrister|judge|magistrate|MP|Dame|Sir|Lord|Professor|Mayor';
/** A cue before a name that makes it a colleague's: "her manager ", "our IDVA ", "Dr ", "social worker ". */
const COLLEAGUE_BEFORE = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?:${COLLEAGUE_ROLE}),?[ ](?:${TITLE}[ ])?$|\b(?:our|my|her|his|their)[ ](?:own[ ])?$)`,
  'i',
);
/** A cue after a name that makes it a colleague's: "Priya, her manager,", "Tom Reed (IDVA)", "Amy from the". */
const COLLEAGUE_AFTER = new RegExp(
  String.raw`^(?:,[ ]|[ ]\(|[ ]–[ ]|[ ]-[ ])(?:our|my|her|his|their|the|a|an)?[ ]?(?:[a-z]+[ ])?(?:${COLLEAGUE_ROLE})(?![a-z])|^[ ](?:from|of)[ ]the[ ]|^[ ](?:who|and)[ ](?:leads|manages|chairs|works)`,
  'i',
);

/** Words that start a sentence or are capitalised for other reasons and are never a name on their own. */
const NOT_NAMES = new Set(
  'I The A An He She They We It His Her Their Our My This That These Those When Where While After Before During Then There Here And But So If As On In At By For From To With Without Over Under About Despite Although Because Since Until Every Each Both All Some Many Most No One Two Three Mum Dad Nan Mother Father Daughter Son Baby Mrs Mr Ms Miss Mx Master Sir Madam Police Council NHS Trust Team Ward Unit Hospital Service Services Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Christmas Easter Eid Diwali Hanukkah Ramadan English British Social Safeguarding Adult Adults Children Child Family Families Court Care Home Street Road Lane'.split(
    ' ',
  ),
);

/** Names in `text` of people the prose says are supported by the team, excluding the allowed names' words. */
export function findServiceUserNames(text: string, allowedNames: readonly string[]): NameSpan[] {
  const allowedWords = new Set(allowedNames.flatMap((name) => name.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []));
  const isAllowed = (words: string[]) => words.some((word) => allowedWords.has(word.toLowerCase()));
  const reported: NameSpan[] = [];
  const reportedWords = new Set<string>();
  for (const candidate of candidates(text)) {
    const words = wordsOf(text.slice(candidate.start, candidate.end));
    if (words.length === 0 || isAllowed(words)) continue;
    if (!isServiceUser(text, candidate)) continue;
    reported.push(candidate);
    for (const word of words) reportedWords.add(word);
  }
  for (const joined of joinedNames(text, reported, allowedWords)) {
    reported.push(joined);
    for (const word of wordsOf(text.slice(joined.start, joined.end))) reportedWords.add(word);
  }
  return mergeSpans([...reported, ...laterMentions(text, reportedWords, reported)]);
}

/** Capitalised name spans from compromise and from the cue phrases, titles stripped, each at most once. */
function candidates(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const chunk of chunksOf(text)) {
    const people = nlp(chunk.text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
    for (const { offset } of people) {
      const span = trimToName(text, chunk.start + offset.start, chunk.start + offset.start + offset.length);
      if (span) spans.push(span);
    }
  }
  // The cue in any case, the name after it capitalised: 'a mother called Shanice' tries 'mother', then 'called'.
  for (const cue of text.matchAll(CUE_BEFORE_NAME)) {
    NAME_AT.lastIndex = cue.index + cue[0].length;
    const name = NAME_AT.exec(text);
    const span = name && trimToName(text, name.index, name.index + name[0].length);
    if (span) spans.push(span);
  }
  return mergeSpans(spans);
}

/**
 * compromise builds a document model of everything it reads, so a long evidence file is read in pieces of about
 * this many characters, cut at a paragraph or sentence break: memory stays bounded and the time grows with length.
 */
const CHUNK_CHARS = 8_000;

function chunksOf(text: string): { start: number; text: string }[] {
  const chunks: { start: number; text: string }[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    if (end < text.length) {
      const window = text.slice(start + CHUNK_CHARS / 2, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '));
      if (cut !== -1) end = start + CHUNK_CHARS / 2 + cut + 1;
    }
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/** Narrows a span to its capitalised name words: no title, trailing punctuation or possessive 's. */
function trimToName(text: string, start: number, end: number): NameSpan | null {
  const slice = text.slice(start, end);
  const match = new RegExp(`(?:${TITLE} )?(?<name>${NAME})`).exec(slice);
  if (!match) return null;
  const nameStart = start + match.index + match[0].length - match.groups!.name.length;
  let words = match.groups!.name.split(' ');
  while (words.length > 0 && NOT_NAMES.has(words[0])) words = words.slice(1);
  if (words.length === 0) return null;
  const kept = words.join(' ');
  const keptStart = nameStart + match.groups!.name.indexOf(kept);
  return { start: keptStart, end: keptStart + kept.length };
}

function wordsOf(name: string): string[] {
  return name.split(/[ ]+/).filter((word) => word && !NOT_NAMES.has(word));
}

function isServiceUser(text: string, { start, end }: NameSpan): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (COLLEAGUE_BEFORE.test(before)) return false;
  if (COLLEAGUE_AFTER.test(after)) return false;
  return SUPPORTED_BEFORE.test(before) || AGE_AFTER.test(after) || SUPPORTED_AFTER.test(after);
}

/** "the twins, Alfie and Archie": a name joined by 'and' or '&' to a reported one is another service user's. */
function joinedNames(text: string, reported: NameSpan[], allowedWords: Set<string>): NameSpan[] {
  const joined = new RegExp(String.raw`^[ ](?:and|&)[ ](${NAME})`);
  return reported.flatMap(({ end }) => {
    const found = joined.exec(text.slice(end, end + 60));
    if (!found) return [];
    const words = wordsOf(found[1]);
    if (words.length === 0 || words.some((word) => allowedWords.has(word.toLowerCase()))) return [];
    const start = end + found[0].length - found[1].length;
    return [{ start, end: start + found[1].length }];
  });
}

/** Every other capitalised mention of a reported name's words: "Mr Dennis Pryce … Dennis … Mr Pryce". */
function laterMentions(text: string, words: Set<string>, reported: NameSpan[]): NameSpan[] {
  if (words.size === 0) return [];
  const alternatives = Array.from(words, escapeRegExp).join('|');
  const mention = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives})(?:[ ](?:${alternatives}))*(?![\p{L}])`, 'gu');
  return Array.from(text.matchAll(mention), (found) => ({
    start: found.index,
    end: found.index + found[0].length,
  })).filter((span) => !reported.some((other) => other.start < span.end && span.start < other.end));
}

function mergeSpans(spans: NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: NameSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
