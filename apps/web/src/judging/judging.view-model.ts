import type { ApiError, PageErrors } from '../api-client/api-error';
import { toPageErrors } from '../api-client/api-error';
import { formatDateTime } from '../format/date';
import { formatBytes } from '../nominating/nominating.view-model';
import type {
  AssignedCategory,
  AssignedNomination,
  Assignments,
  JudgeConflict,
  JudgeCriterion,
  JudgeNomination,
  SaveScorecard,
  Scorecard,
} from './judging-api';

// --- shared words -----------------------------------------------------------------------------

export type CardStatus = 'not-started' | 'draft' | 'submitted';
const STATUSES: CardStatus[] = ['not-started', 'draft', 'submitted'];
const STATUS: Record<CardStatus, { text: string; colour: string }> = {
  'not-started': { text: 'Not started', colour: 'grey' },
  draft: { text: 'Draft', colour: 'yellow' },
  submitted: { text: 'Submitted', colour: 'green' },
};

const statusOf = (n: AssignedNomination): CardStatus => n.scorecard?.status ?? 'not-started';

const TYPE_NAMES: Record<JudgeNomination['evidence'][number]['type'], string> = {
  pdf: 'PDF',
  docx: 'Word document',
  png: 'PNG image',
  jpeg: 'JPEG image',
  text: 'Text file',
};

/**
 * What each point of a criterion's scale means, by its share of the scale: 0 is no evidence and
 * the top of the scale outstanding evidence, whatever the scale's length.
 */
export function scaleMeaning(score: number, scaleMax: number): string {
  if (score <= 0) return 'No evidence';
  if (score >= scaleMax) return 'Outstanding evidence';
  const share = score / scaleMax;
  if (share <= 0.25) return 'Little evidence';
  if (share <= 0.5) return 'Some evidence';
  if (share <= 0.75) return 'Good evidence';
  return 'Strong evidence';
}

const scoreText = (score: number | null, scaleMax: number): string =>
  score === null ? 'Not scored' : `${score} – ${scaleMeaning(score, scaleMax)} (out of ${scaleMax})`;

const deadlineText = (at: string | null, timeZone: string): string =>
  at ? `Judging closes ${formatDateTime(at, timeZone)}` : 'No judging deadline has been set';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const SOURCE_WORDS: Record<JudgeConflict['source'], string> = {
  declared: 'you declared a conflict of interest',
  admin: 'an awards coordinator recorded a conflict of interest for you',
  system: 'Commend found a conflict of interest (for example, you nominated them or work in their team)',
};

const HOW_IT_AROSE: Record<JudgeConflict['source'], string> = {
  declared: 'You declared it',
  admin: 'An awards coordinator recorded it',
  system: 'Found by Commend',
};

/** "2 nominations are not shown: you declared a conflict of interest" (null when none). */
export function recusedLine(recused: AssignedCategory['recused']): string | null {
  if (recused.count === 0) return null;
  const reasons = recused.bySource.map((r) =>
    recused.bySource.length === 1 ? SOURCE_WORDS[r.source] : `${SOURCE_WORDS[r.source]} (${r.count})`,
  );
  const head = recused.count === 1 ? '1 nomination is not shown' : `${recused.count} nominations are not shown`;
  return `${head}: ${reasons.join('; ')}`;
}

// --- my judging -------------------------------------------------------------------------------

export type SortBy = 'reference' | 'status';

export interface JudgingQuery {
  status: CardStatus | null;
  sort: SortBy;
}

/** The list's filter and order from the query string; anything unknown is ignored. */
export function readJudgingQuery(query: Record<string, unknown>): JudgingQuery {
  const status = STATUSES.find((s) => s === query.status) ?? null;
  return { status, sort: query.sort === 'status' ? 'status' : 'reference' };
}

const queryHref = (q: JudgingQuery): string => {
  const params = new URLSearchParams();
  if (q.status) params.set('status', q.status);
  if (q.sort !== 'reference') params.set('sort', q.sort);
  const s = params.toString();
  return s ? `/judging?${s}` : '/judging';
};

interface Link {
  text: string;
  href: string;
  current: boolean;
}

export interface MyJudgingViewModel {
  pageTitle: string;
  filterLinks: Link[];
  sortLinks: Link[];
  filtered: boolean;
  panels: {
    id: string;
    name: string;
    programmeName: string;
    deadline: string;
    progress: string;
    blind: boolean;
    chair: boolean;
    rows: { reference: string; href: string; nominee: string | null; status: { text: string; colour: string } }[];
    empty: string | null;
    recused: string | null;
  }[];
  hasConflicts: boolean;
}

export function myJudgingViewModel(assignments: Assignments, query: JudgingQuery): MyJudgingViewModel {
  const filterLinks: Link[] = [
    { text: 'All', href: queryHref({ ...query, status: null }), current: query.status === null },
    ...STATUSES.map((s) => ({
      text: STATUS[s].text,
      href: queryHref({ ...query, status: s }),
      current: query.status === s,
    })),
  ];
  const sortLinks: Link[] = [
    { text: 'Reference', href: queryHref({ ...query, sort: 'reference' }), current: query.sort === 'reference' },
    { text: 'Status', href: queryHref({ ...query, sort: 'status' }), current: query.sort === 'status' },
  ];
  return {
    pageTitle: 'My judging',
    filterLinks,
    sortLinks,
    filtered: query.status !== null,
    panels: assignments.categories.map((c) => {
      const shown = c.nominations
        .filter((n) => query.status === null || statusOf(n) === query.status)
        .sort((a, b) =>
          query.sort === 'status'
            ? STATUSES.indexOf(statusOf(a)) - STATUSES.indexOf(statusOf(b)) || a.reference.localeCompare(b.reference)
            : a.reference.localeCompare(b.reference),
        );
      const { assigned, submitted, drafts } = c.progress;
      let empty: string | null = null;
      if (c.nominations.length === 0) empty = 'There are no nominations for you to judge in this category yet.';
      else if (shown.length === 0 && query.status)
        empty = `None of your nominations here is ${STATUS[query.status].text.toLowerCase()}.`;
      return {
        id: c.id,
        name: c.name,
        programmeName: c.programme.name,
        deadline: deadlineText(c.programme.judgingCloseAt, c.programme.timeZone),
        progress: `${submitted} of ${assigned} scored, ${plural(drafts, 'draft')}`,
        blind: c.blindJudging,
        chair: c.chair,
        rows: shown.map((n) => ({
          reference: n.reference,
          href: `/judging/${n.id}`,
          nominee: c.blindJudging ? null : (n.nomineeName ?? ''),
          status: STATUS[statusOf(n)],
        })),
        empty,
        recused: recusedLine(c.recused),
      };
    }),
    hasConflicts: assignments.categories.some((c) => c.conflicts.length > 0),
  };
}

// --- a nomination, with the scorecard ---------------------------------------------------------

/** What the scoring form posts (urlencoded, flat names). */
export interface ScoreForm {
  action: 'save' | 'submit';
  version: number;
  scores: { criterionId: string; score: string; comment: string }[];
  overallComment: string;
}

export const scoreField = (criterionId: string) => `score-${criterionId}`;
export const commentField = (criterionId: string) => `comment-${criterionId}`;

export function readScoreForm(body: Record<string, unknown>, criteria: JudgeCriterion[]): ScoreForm {
  const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
  const version = Number(text('version'));
  return {
    action: text('action') === 'submit' ? 'submit' : 'save',
    version: Number.isInteger(version) && version >= 0 ? version : 0,
    scores: criteria.map((c) => ({
      criterionId: c.id,
      score: text(scoreField(c.id)),
      comment: text(commentField(c.id)),
    })),
    overallComment: text('overallComment'),
  };
}

/** The form as the API reads it: an unanswered criterion is left unscored; the API checks every score. */
export function scoreBody(form: ScoreForm): SaveScorecard {
  return {
    scores: form.scores.map((s) => ({
      criterionId: s.criterionId,
      score: s.score.trim() === '' ? null : Number(s.score),
      comment: s.comment,
    })),
    overallComment: form.overallComment,
    // 0 when the page was read before the first save: the API then refuses it as stale if another tab saved first.
    version: form.version,
  };
}

const formFrom = (card: Scorecard): ScoreForm => ({
  action: 'save',
  version: card.version,
  scores: card.scores.map((s) => ({
    criterionId: s.criterionId,
    score: s.score === null ? '' : String(s.score),
    comment: s.comment,
  })),
  overallComment: card.overallComment,
});

/** A statement as paragraphs of lines, as its nominator broke it. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()))
    .map((lines) => lines.filter((line, i) => line !== '' || (i > 0 && i < lines.length - 1)))
    .filter((lines) => lines.length > 0);
}

export interface CriterionSection {
  id: string;
  title: string;
  guidance: string;
  weight: string;
  statement: string[][];
  radios: {
    idPrefix: string;
    name: string;
    items: { value: string; text: string; checked: boolean }[];
  };
  comment: { id: string; name: string; label: string; value: string };
  error?: { text: string };
  /** Read-only: the submitted score and comment. */
  given?: { score: string; comment: string };
  /** After a stale save: what is saved now, where it differs from what was typed. */
  savedNow?: { score: string; comment: string };
}

export interface NominationPageViewModel {
  pageTitle: string;
  reference: string;
  categoryName: string;
  programmeName: string;
  deadline: string;
  blind: boolean;
  people: { key: { text: string }; value: { text: string } }[];
  evidence: { fileName: string; description: string; href: string }[];
  previousHref: string | null;
  nextHref: string | null;
  conflictHref: string;
  banner: string | null;
  criteria: CriterionSection[];
  overallComment: string;
  savedOverallComment?: string;
  /** Null once submitted: the scorecard is read-only then. */
  form: { action: string; version: number } | null;
  submittedAt: string | null;
  reopened: string | null;
  conflict: boolean;
  peers: { head: { text: string }[]; rows: { text: string }[][] } | null;
  errors?: PageErrors;
}

export function nominationPageViewModel(input: {
  nomination: JudgeNomination;
  scorecard: Scorecard;
  peers?: Scorecard[];
  /** What the person posted, when the page re-renders after a refusal. */
  typed?: ScoreForm;
  /** The save was refused as stale: `scorecard` is what is saved now. */
  conflict?: boolean;
  banner?: string | null;
  errors?: PageErrors;
}): NominationPageViewModel {
  const { nomination: n, scorecard } = input;
  const tz = n.programme.timeZone;
  const submitted = scorecard.status === 'submitted';
  const form = input.typed ?? formFrom(scorecard);
  const typed = new Map(form.scores.map((s) => [s.criterionId, s]));
  const saved = new Map(scorecard.scores.map((s) => [s.criterionId, s]));
  const statements = new Map(n.statements.map((s) => [s.criterionId, s.text]));
  const totalWeight = n.category.criteria.reduce((sum, c) => sum + c.weight, 0) || 1;
  const people: NominationPageViewModel['people'] = [];
  if (n.nominee) {
    people.push({ key: { text: 'Nominee' }, value: { text: n.nominee.name ?? '' } });
    if (n.nominee.jobTitle) people.push({ key: { text: 'Job title' }, value: { text: n.nominee.jobTitle } });
    if (n.nominee.team) people.push({ key: { text: 'Team or service' }, value: { text: n.nominee.team } });
    if (n.nominee.teamMembers.length)
      people.push({ key: { text: 'Team members' }, value: { text: n.nominee.teamMembers.join(', ') } });
  }
  if (n.nominator) people.push({ key: { text: 'Nominated by' }, value: { text: n.nominator.name } });

  const criteria = n.category.criteria.map((c): CriterionSection => {
    const mine = typed.get(c.id) ?? { criterionId: c.id, score: '', comment: '' };
    const now = saved.get(c.id);
    const nowScore = now?.score === null || now?.score === undefined ? '' : String(now.score);
    const differs = input.conflict && now && (nowScore !== mine.score || now.comment !== mine.comment);
    return {
      id: c.id,
      title: c.title,
      guidance: c.guidance,
      weight: `Weight ${c.weight} (${Math.round((c.weight / totalWeight) * 100)}% of the score)`,
      statement: paragraphs(statements.get(c.id) ?? ''),
      radios: {
        idPrefix: scoreField(c.id),
        name: scoreField(c.id),
        items: Array.from({ length: c.scaleMax + 1 }, (_, score) => ({
          value: String(score),
          text: `${score} – ${scaleMeaning(score, c.scaleMax)}`,
          checked: mine.score === String(score),
        })),
      },
      comment: {
        id: commentField(c.id),
        name: commentField(c.id),
        label: `Comment on ${c.title}`,
        value: mine.comment,
      },
      ...(input.errors?.fields[scoreField(c.id)] ? { error: input.errors.fields[scoreField(c.id)] } : {}),
      ...(submitted
        ? { given: { score: scoreText(now?.score ?? null, c.scaleMax), comment: now?.comment ?? '' } }
        : {}),
      ...(differs
        ? { savedNow: { score: scoreText(now.score ?? null, c.scaleMax), comment: now.comment || '(no comment)' } }
        : {}),
    };
  });

  return {
    pageTitle: `Nomination ${n.reference}`,
    reference: n.reference,
    categoryName: n.category.name,
    programmeName: n.programme.name,
    deadline: deadlineText(n.programme.judgingCloseAt, tz),
    blind: n.blind,
    people,
    evidence: n.evidence.map((e) => ({
      fileName: e.fileName,
      description: `${TYPE_NAMES[e.type]}, ${formatBytes(e.size)}`,
      href: `/judging/${n.id}/evidence/${e.id}`,
    })),
    previousHref: n.previousId ? `/judging/${n.previousId}` : null,
    nextHref: n.nextId ? `/judging/${n.nextId}` : null,
    conflictHref: `/judging/${n.id}/conflict`,
    banner: input.banner ?? null,
    criteria,
    overallComment: submitted ? scorecard.overallComment : form.overallComment,
    ...(input.conflict && scorecard.overallComment !== form.overallComment
      ? { savedOverallComment: scorecard.overallComment || '(no comment)' }
      : {}),
    form: submitted ? null : { action: `/judging/${n.id}/score`, version: scorecard.version },
    submittedAt: scorecard.submittedAt ? formatDateTime(scorecard.submittedAt, tz) : null,
    reopened:
      !submitted && scorecard.reopened
        ? `The panel chair reopened your scorecard on ${formatDateTime(scorecard.reopened.at, tz)}` +
          (scorecard.reopened.reason ? `: ${scorecard.reopened.reason}` : '')
        : null,
    conflict: input.conflict ?? false,
    peers: peersTable(n.category.criteria, input.peers ?? []),
    errors: input.errors,
  };
}

function peersTable(criteria: JudgeCriterion[], peers: Scorecard[]): NominationPageViewModel['peers'] {
  if (peers.length === 0) return null;
  return {
    head: [
      { text: 'Judge' },
      ...criteria.map((c) => ({ text: `${c.title} (out of ${c.scaleMax})` })),
      { text: 'Overall comment' },
    ],
    rows: peers.map((p) => {
      const scores = new Map(p.scores.map((s) => [s.criterionId, s]));
      return [
        { text: p.judgeName ?? 'Another judge' },
        ...criteria.map((c) => {
          const s = scores.get(c.id);
          return {
            text:
              s?.score === null || s?.score === undefined
                ? 'Not scored'
                : `${s.score}${s.comment ? `: ${s.comment}` : ''}`,
          };
        }),
        { text: p.overallComment || 'None' },
      ];
    }),
  };
}

/**
 * The API's refusal of a save or submission as the form shows it: a missing score links to its
 * criterion's radios (the API names them by id in `details.fields`); anything else is the
 * API's message at the top.
 */
export function scoreErrors(error: ApiError, criteria: JudgeCriterion[]): PageErrors {
  return toPageErrors(error, Object.fromEntries(criteria.map((c) => [c.id, scoreField(c.id)])));
}

// --- conflicts --------------------------------------------------------------------------------

export interface ConflictPageViewModel {
  pageTitle: string;
  reference: string;
  categoryName: string;
  action: string;
  backHref: string;
  reason: string;
  errors?: PageErrors;
}

export function conflictPageViewModel(input: {
  nomination: JudgeNomination;
  reason?: string;
  error?: ApiError;
}): ConflictPageViewModel {
  const { nomination: n, error } = input;
  return {
    pageTitle: 'Declare a conflict of interest',
    reference: n.reference,
    categoryName: n.category.name,
    action: `/judging/${n.id}/conflict`,
    backHref: `/judging/${n.id}`,
    reason: input.reason ?? '',
    ...(error
      ? { errors: { summary: [{ text: error.message, href: '#reason' }], fields: { reason: { text: error.message } } } }
      : {}),
  };
}

export interface MyConflictsViewModel {
  pageTitle: string;
  banner: string | null;
  panels: {
    name: string;
    programmeName: string;
    rows: { text: string }[][];
  }[];
}

export function myConflictsViewModel(assignments: Assignments, declaredId?: string): MyConflictsViewModel {
  const declared = assignments.categories.flatMap((c) => c.conflicts).find((c) => c.nominationId === declaredId);
  return {
    pageTitle: 'Your conflicts of interest',
    banner: declared
      ? `You declared a conflict of interest on ${declared.reference}. It is no longer in your list and you will not score it.`
      : null,
    panels: assignments.categories
      .filter((c) => c.conflicts.length > 0)
      .map((c) => ({
        name: c.name,
        programmeName: c.programme.name,
        rows: c.conflicts.map((k) => [
          { text: k.reference },
          { text: k.reason },
          { text: HOW_IT_AROSE[k.source] },
          { text: k.createdAt ? formatDateTime(k.createdAt, c.programme.timeZone) : 'Not recorded yet' },
        ]),
      })),
  };
}
