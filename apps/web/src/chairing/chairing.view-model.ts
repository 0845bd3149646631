import type { ApiError, PageErrors } from '../api-client/api-error';
import { formatDateTime } from '../format/date';
import type { AssignedCategory, JudgeNomination, JudgeResult, Outcomes, Results, Scorecard } from './chairing-api';
import { leniencyChart, leniencyWords, scoresChart, signed } from './charts';

/** Nominations per page of the results: 2,000 stay readable, and the page stays fast. */
export const RESULTS_PAGE_SIZE = 50;
/** The highest ranked nominations offered in the outcomes form (and any already given one). */
export const OUTCOME_CANDIDATES = 20;

const fixed = (n: number | null, dp = 2): string => (n === null ? '–' : n.toFixed(dp));
const base = (categoryId: string) => `/chairing/categories/${categoryId}`;

/** The journey's pages of one category, for the sub-navigation of each. */
function categoryLinks(categoryId: string, current: 'results' | 'progress' | 'outcomes') {
  return [
    { href: `${base(categoryId)}/results`, text: 'Results', current: current === 'results' },
    { href: `${base(categoryId)}/progress`, text: 'Judging progress', current: current === 'progress' },
    { href: `${base(categoryId)}/outcomes`, text: 'Outcomes', current: current === 'outcomes' },
  ];
}

// --- the categories I chair -------------------------------------------------------------------

export interface ChairingViewModel {
  pageTitle: string;
  categories: {
    name: string;
    programme: string;
    progress: string;
    blind: boolean;
    links: { href: string; text: string }[];
  }[];
}

export function chairingViewModel(categories: AssignedCategory[]): ChairingViewModel {
  return {
    pageTitle: 'Your panels',
    categories: categories
      .filter((c) => c.chair)
      .map((c) => ({
        name: c.name,
        programme: c.programme.name,
        progress: `You have submitted ${c.progress.submitted} of ${c.progress.assigned} of your own scorecards`,
        blind: c.blindJudging,
        links: categoryLinks(c.id, 'results').map(({ href, text }) => ({ href, text: `${text}: ${c.name}` })),
      })),
  };
}

// --- results ----------------------------------------------------------------------------------

export interface ResultsViewModel {
  pageTitle: string;
  categoryName: string;
  links: ReturnType<typeof categoryLinks>;
  explanation: string[];
  progress: string;
  showNames: boolean;
  rows: {
    rank: string;
    reference: string;
    scorecardsHref: string;
    nomineeName: string | null;
    weightedScore: string;
    normalisedScore: string;
    normalisedRank: string;
    spread: string;
    standardDeviation: string;
    scorecards: number;
    flags: { text: string; colour: string }[];
  }[];
  paging: { page: number; pages: number; first: number; last: number; total: number } & {
    previous?: { href: string; labelText: string };
    next?: { href: string; labelText: string };
  };
  judges: {
    name: string;
    chair: boolean;
    submitted: string;
    meanScore: string;
    leniency: string;
    leniencyWords: string;
    assessment: string;
  }[];
  leniencySvg: string;
  scoresSvg: string;
  /** The key of the scores chart: each judge's number. */
  judgeKey: { number: number; name: string }[];
  scoresTable: { head: string[]; rows: { reference: string; mean: string; scores: string[] }[] };
}

const TIE_BREAK: Record<'normalised' | 'chair', string> = {
  normalised: 'Tied: the normalised score decides',
  chair: "Tied: the chair's casting decision",
};

/** The page of the ranking a `?page=` asks for, as the API's limit and offset (page 1 when unreadable). */
export function resultsPage(requested: unknown): { page: number; limit: number; offset: number } {
  const n = Number(requested);
  const page = Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
  return { page, limit: RESULTS_PAGE_SIZE, offset: (page - 1) * RESULTS_PAGE_SIZE };
}

/** `results` holds the page's nominations only (the API cut them); `page` is which page that is. */
export function resultsViewModel(results: Results, page: number): ResultsViewModel {
  const id = results.category.id;
  const total = results.nominationsTotal;
  const pages = Math.max(1, Math.ceil(total / RESULTS_PAGE_SIZE));
  const shown = results.nominations;
  const scoring = results.judges.filter((j) => j.judgeId !== null);
  const numberOf = new Map(scoring.map((j, i) => [j.judgeId!, i + 1]));
  const pageHref = (n: number) => `${base(id)}/results?page=${n}`;
  const first = shown.length === 0 ? 0 : (page - 1) * RESULTS_PAGE_SIZE + 1;
  const last = first === 0 ? 0 : first + shown.length - 1;

  return {
    pageTitle: 'Results',
    categoryName: results.category.name,
    links: categoryLinks(id, 'results'),
    explanation: results.explanation,
    progress: `${results.progress.submitted} of ${results.progress.expected} scorecards submitted`,
    showNames: results.nominations.some((n) => n.nomineeName !== null),
    rows: shown.map((n) => ({
      rank: n.rank === null ? 'Not scored' : String(n.rank),
      reference: n.reference,
      scorecardsHref: `${base(id)}/scorecards?nomination=${n.id}`,
      nomineeName: n.nomineeName,
      weightedScore: n.weightedScore === null ? '–' : `${fixed(n.weightedScore)}%`,
      normalisedScore: fixed(n.normalisedScore, 3),
      normalisedRank: n.normalisedRank === null ? '–' : String(n.normalisedRank),
      spread: fixed(n.spread),
      standardDeviation: fixed(n.standardDeviation),
      scorecards: n.scorecards,
      flags: [
        ...(n.tie.breakBy ? [{ text: TIE_BREAK[n.tie.breakBy], colour: 'orange' }] : []),
        ...(n.disagreement ? [{ text: 'Judges disagree', colour: 'red' }] : []),
      ],
    })),
    paging: {
      page,
      pages,
      first,
      last,
      total,
      previous: page > 1 ? { href: pageHref(page - 1), labelText: `${page - 1} of ${pages}` } : undefined,
      next: page < pages ? { href: pageHref(page + 1), labelText: `${page + 1} of ${pages}` } : undefined,
    },
    judges: results.judges.map((j) => ({
      name: j.name,
      chair: j.chair,
      submitted: `${j.submitted} of ${j.expected}`,
      meanScore: j.meanScore === null ? '–' : `${fixed(j.meanScore)}%`,
      leniency: j.leniency === null ? '–' : signed(j.leniency),
      leniencyWords: leniencyWords(j.leniency),
      assessment: ASSESSMENT[j.assessment],
    })),
    leniencySvg: leniencyChart(results.judges.map((j) => ({ name: j.name, leniency: j.leniency }))),
    scoresSvg: scoresChart(
      shown.map((n) => ({
        reference: n.reference,
        weightedScore: n.weightedScore,
        scores: n.scores
          .filter((s) => numberOf.has(s.judgeId))
          .map((s) => ({ judge: numberOf.get(s.judgeId)!, weightedScore: s.weightedScore })),
      })),
      `Each judge's weighted score for nominations ${first} to ${last}`,
    ),
    judgeKey: scoring.map((j) => ({ number: numberOf.get(j.judgeId!)!, name: j.name })),
    scoresTable: {
      head: scoring.map((j) => `${numberOf.get(j.judgeId!)}: ${j.name}`),
      rows: shown.map((n) => {
        const byJudge = new Map(n.scores.map((s) => [s.judgeId, s.weightedScore]));
        return {
          reference: n.reference,
          mean: n.weightedScore === null ? '–' : `${fixed(n.weightedScore)}%`,
          scores: scoring.map((j) => {
            const score = byJudge.get(j.judgeId!);
            return score === undefined ? 'None' : `${fixed(score)}%`;
          }),
        };
      }),
    },
  };
}

const ASSESSMENT: Record<JudgeResult['assessment'], string> = {
  lenient: 'Lenient',
  harsh: 'Harsh',
  'in line': 'In line',
  'not enough scorecards': 'Not enough scorecards',
};

// --- progress ---------------------------------------------------------------------------------

export interface ProgressViewModel {
  pageTitle: string;
  categoryName: string;
  links: ReturnType<typeof categoryLinks>;
  action: string;
  total: string;
  reminded?: string;
  judges: {
    panelMemberId: string;
    name: string;
    chair: boolean;
    expected: number;
    submitted: number;
    owed: number;
    signedIn: boolean;
  }[];
  errors?: PageErrors;
}

export function progressViewModel(
  results: Results,
  options: { reminded?: string; owed?: number; errors?: PageErrors } = {},
): ProgressViewModel {
  const id = results.category.id;
  const reminded = results.judges.find((j) => j.panelMemberId === options.reminded);
  return {
    pageTitle: 'Judging progress',
    categoryName: results.category.name,
    links: categoryLinks(id, 'progress'),
    action: `${base(id)}/progress/remind`,
    total: `${results.progress.submitted} of ${results.progress.expected} scorecards submitted`,
    reminded: reminded ? `We have sent ${reminded.name} a reminder by e-mail` : undefined,
    judges: results.judges.map((j) => ({
      panelMemberId: j.panelMemberId,
      name: j.name,
      chair: j.chair,
      expected: j.expected,
      submitted: j.submitted,
      owed: j.expected - j.submitted,
      signedIn: j.signedIn,
    })),
    errors: options.errors,
  };
}

// --- a nomination's scorecards, and reopening one -----------------------------------------------

export interface ScorecardsViewModel {
  pageTitle: string;
  reference: string;
  backHref: string;
  reopened?: string;
  scorecards: {
    judgeId: string;
    judgeName: string;
    submitted: string;
    total: string;
    action: string;
    reasonId: string;
    reason: string;
    error?: { text: string };
  }[];
  errors?: PageErrors;
}

export function scorecardsViewModel(input: {
  categoryId: string;
  nomination: JudgeNomination;
  scorecards: Scorecard[];
  timeZone: string;
  reopenedName?: string;
  typed?: { judgeId: string; reason: string };
  errors?: PageErrors;
}): ScorecardsViewModel {
  const { categoryId, nomination } = input;
  return {
    pageTitle: `Scorecards for ${nomination.reference}`,
    reference: nomination.reference,
    backHref: `${base(categoryId)}/results`,
    reopened: input.reopenedName
      ? `${input.reopenedName}'s scorecard is open again: they can change and submit it`
      : undefined,
    scorecards: input.scorecards
      .filter((s) => s.status === 'submitted')
      .map((s) => {
        const reasonId = `reason-${s.judgeId}`;
        return {
          judgeId: s.judgeId,
          judgeName: s.judgeName ?? 'A judge',
          submitted: s.submittedAt ? formatDateTime(s.submittedAt, input.timeZone) : '',
          total: s.scores.map((k) => `${k.criterion}: ${k.score ?? '–'} of ${k.scaleMax}`).join(', '),
          action: `${base(categoryId)}/scorecards/${s.judgeId}/reopen?nomination=${nomination.id}`,
          reasonId,
          reason: input.typed?.judgeId === s.judgeId ? input.typed.reason : '',
          error: input.typed?.judgeId === s.judgeId ? input.errors?.fields[reasonId] : undefined,
        };
      }),
    errors: input.errors,
  };
}

/** The API's refusal of a reopening, against the reason field of that judge's form. */
export function reopenErrors(error: ApiError, judgeId: string): PageErrors {
  const id = `reason-${judgeId}`;
  return { summary: [{ text: error.message, href: `#${id}` }], fields: { [id]: { text: error.message } } };
}

// --- outcomes ---------------------------------------------------------------------------------

export const OUTCOME_KINDS = [
  { value: 'winner', text: 'Winner' },
  { value: 'runner_up', text: 'Runner up' },
  { value: 'highly_commended', text: 'Highly commended' },
  { value: 'none', text: 'No outcome' },
] as const;

/** What the outcomes form posts: flat names, one set per nomination offered. */
export interface OutcomesForm {
  minutes: string;
  version: string;
  outcomes: Record<string, { kind: string; citation: string; rationale: string; tieBreakReason: string }>;
}

export function readOutcomesForm(body: Record<string, unknown>, nominationIds: string[]): OutcomesForm {
  const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
  return {
    minutes: text('minutes'),
    version: text('version'),
    outcomes: Object.fromEntries(
      nominationIds.map((id) => [
        id,
        {
          kind: text(`kind-${id}`) || 'none',
          citation: text(`citation-${id}`),
          rationale: text(`rationale-${id}`),
          tieBreakReason: text(`tieBreakReason-${id}`),
        },
      ]),
    ),
  };
}

export function outcomesFormFrom(outcomes: Outcomes): OutcomesForm {
  return {
    minutes: outcomes.minutes,
    version: String(outcomes.version),
    outcomes: Object.fromEntries(
      outcomes.outcomes.map((o) => [
        o.nominationId,
        { kind: o.kind, citation: o.citation, rationale: o.rationale, tieBreakReason: o.tieBreakReason ?? '' },
      ]),
    ),
  };
}

/** The form as the API reads it: the nominations given an outcome, in the order offered. */
export function outcomesBody(form: OutcomesForm) {
  const version = Number(form.version);
  return {
    minutes: form.minutes,
    outcomes: Object.entries(form.outcomes)
      .filter(([, o]) => o.kind !== 'none')
      .map(([nominationId, o]) => ({
        nominationId,
        kind: o.kind as 'winner' | 'runner_up' | 'highly_commended',
        citation: o.citation,
        rationale: o.rationale,
        ...(o.tieBreakReason.trim() ? { tieBreakReason: o.tieBreakReason } : {}),
      })),
    ...(version > 0 ? { version } : {}),
  };
}

/**
 * The API's refusal on the outcomes form. The validation pipe names the outcome by its place in
 * the list sent (`outcomes.2.citation …`), which becomes that nomination's field, said with its
 * reference; a domain refusal (a tie, too many winners) stays whole, in the summary.
 */
export function outcomesErrors(
  error: ApiError,
  sent: ReturnType<typeof outcomesBody>,
  references: Map<string, string>,
): PageErrors {
  const parts = error.code === undefined ? error.message.split('; ') : [error.message];
  const summary: PageErrors['summary'] = [];
  const fields: PageErrors['fields'] = {};
  for (const part of parts) {
    const named = /^outcomes\.(\d+)\.(kind|citation|rationale|tieBreakReason) (.*)$/.exec(part);
    const outcome = named ? sent.outcomes[Number(named[1])] : undefined;
    if (named && outcome) {
      const fieldId = `${named[2]}-${outcome.nominationId}`;
      const text = `${references.get(outcome.nominationId) ?? 'A nomination'}: ${named[2] === 'tieBreakReason' ? 'the casting reason' : named[2]} ${named[3].replace(/^tieBreakReason /, '')}`;
      summary.push({ text, href: `#${fieldId}` });
      fields[fieldId] ??= { text };
    } else if (/^minutes\b/.test(part)) {
      summary.push({ text: part, href: '#minutes' });
      fields.minutes ??= { text: part };
    } else {
      summary.push({ text: part });
    }
  }
  return { summary, fields };
}

export interface OutcomesViewModel {
  pageTitle: string;
  categoryName: string;
  links: ReturnType<typeof categoryLinks>;
  action: string;
  status: string;
  editable: boolean;
  returnComment: string | null;
  version: string;
  minutes: string;
  numberOfWinners: number;
  showNames: boolean;
  nominations: {
    id: string;
    reference: string;
    nomineeName: string | null;
    rank: string;
    weightedScore: string;
    normalisedRank: string;
    tied: string | null;
    askCastingReason: boolean;
    /** The nominee's publicity consent, beside the citation that may name them. */
    consent: string;
    /** Said when consent is not given: the citation is published with the winners. */
    consentWarning: string | null;
    kind: string;
    citation: string;
    rationale: string;
    tieBreakReason: string;
  }[];
  kinds: typeof OUTCOME_KINDS;
  approvedOutcomes: { reference: string; nomineeName: string | null; kind: string; citation: string }[];
  errors?: PageErrors;
}

const CONSENT_TEXT: Record<Results['nominations'][number]['publicityConsent'], string> = {
  given: 'Given',
  refused: 'Refused',
  not_asked: 'Not asked yet',
};

const STATUS_TEXT: Record<Outcomes['status'], string> = {
  open: 'Not proposed yet',
  proposed: 'Proposed, waiting for the director',
  returned: 'Returned by the director',
  approved: 'Approved by the director',
};

export function outcomesViewModel(input: {
  outcomes: Outcomes;
  results: Results;
  timeZone: string;
  form?: OutcomesForm;
  /** After the API said a tie needs the chair's reason: ask it of every tied nomination offered. */
  tieRefused?: boolean;
  errors?: PageErrors;
}): OutcomesViewModel {
  const { outcomes, results } = input;
  const id = results.category.id;
  const form = input.form ?? outcomesFormFrom(outcomes);
  const given = new Set(outcomes.outcomes.map((o) => o.nominationId));
  const offered = results.nominations.filter((n, i) => given.has(n.id) || (n.rank !== null && i < OUTCOME_CANDIDATES));
  const when = (step: Outcomes['proposed']) => (step ? ` on ${formatDateTime(step.at, input.timeZone)}` : '');
  const status =
    outcomes.status === 'proposed'
      ? `${STATUS_TEXT.proposed}: proposed${when(outcomes.proposed)}`
      : outcomes.status === 'open'
        ? STATUS_TEXT.open
        : `${STATUS_TEXT[outcomes.status]}${when(outcomes.decided)}`;
  const kindText = (kind: string) => OUTCOME_KINDS.find((k) => k.value === kind)?.text ?? kind;
  return {
    pageTitle: 'Outcomes',
    categoryName: results.category.name,
    links: categoryLinks(id, 'outcomes'),
    action: `${base(id)}/outcomes`,
    status,
    editable: outcomes.status !== 'approved',
    returnComment: outcomes.status === 'returned' ? outcomes.returnComment : null,
    version: form.version,
    minutes: form.minutes,
    numberOfWinners: results.category.numberOfWinners,
    showNames: offered.some((n) => n.nomineeName !== null),
    nominations: offered.map((n) => {
      const typed = form.outcomes[n.id] ?? { kind: 'none', citation: '', rationale: '', tieBreakReason: '' };
      return {
        id: n.id,
        reference: n.reference,
        nomineeName: n.nomineeName,
        rank: n.rank === null ? 'Not scored' : String(n.rank),
        weightedScore: n.weightedScore === null ? '–' : `${fixed(n.weightedScore)}%`,
        normalisedRank: n.normalisedRank === null ? '–' : String(n.normalisedRank),
        tied: n.tie.breakBy ? TIE_BREAK[n.tie.breakBy] : null,
        askCastingReason:
          n.tie.breakBy === 'chair' || (input.tieRefused === true && n.tie.raw) || typed.tieBreakReason !== '',
        consent: CONSENT_TEXT[n.publicityConsent],
        consentWarning:
          n.publicityConsent === 'given'
            ? null
            : n.publicityConsent === 'refused'
              ? 'The nominee refused publicity consent: the citation is published with the winners, so do not name them in it.'
              : 'The nominee has not given publicity consent yet: do not name them in the citation unless they give it before the announcement.',
        ...typed,
      };
    }),
    kinds: OUTCOME_KINDS,
    approvedOutcomes: outcomes.outcomes.map((o) => ({
      reference: o.reference,
      nomineeName: o.nomineeName,
      kind: kindText(o.kind),
      citation: o.citation,
    })),
    errors: input.errors,
  };
}
