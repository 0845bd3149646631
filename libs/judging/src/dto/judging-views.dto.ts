import type { PublicityConsent } from '@commend/nominations';
import type { TieBreakRule } from '@commend/programmes';
import type { ConflictSource } from '../entities/conflict.entity';
import type { OutcomesStatus } from '../entities/outcomes-record.entity';
import type { OutcomeKind } from '../entities/outcome.entity';
import type { ScorecardStatus } from '../entities/scorecard.entity';

/*
 * What the judging routes return: the one definition of each shape, read by the services that
 * build them and by the OpenAPI document (the swagger plugin reads these classes).
 */

// --- assignments: GET /judging/assignments

export class JudgingProgress {
  assigned: number;
  submitted: number;
  drafts: number;
  notStarted: number;
}

export class AssignedProgramme {
  id: string;
  name: string;
  judgingCloseAt: Date | null;
  /** The IANA zone its dates are read in (e.g. Europe/London). */
  timeZone: string;
}

export class ScorecardState {
  status: ScorecardStatus;
  version: number;
  updatedAt: Date;
}

export class AssignedNomination {
  id: string;
  reference: string;
  /** Null in a blind category. */
  nomineeName: string | null;
  /** Null until the judge first saves a scorecard. */
  scorecard: ScorecardState | null;
}

export class AssignedCategory {
  id: string;
  name: string;
  programme: AssignedProgramme;
  /** The category's effective setting: nominee names are hidden when true. */
  blindJudging: boolean;
  chair: boolean;
  progress: JudgingProgress;
  nominations: AssignedNomination[];
  /** The judge's open conflicts in this category: the nominations left out of `nominations`. */
  conflicts: JudgeConflict[];
  /** How many nominations are left out of `nominations`, and how each kind of conflict arose. */
  recused: RecusedCount;
}

/** One of the judge's own open conflicts: recorded, or seen by the system and not recorded yet. */
export class JudgeConflict {
  nominationId: string;
  reference: string;
  /** `declared` by the judge, by an `admin` for them, or seen by the `system`. */
  source: ConflictSource;
  reason: string;
  /** When it was recorded; null for one the system sees and has not recorded yet. */
  createdAt: Date | null;
}

export class RecusedBySource {
  source: ConflictSource;
  count: number;
}

export class RecusedCount {
  count: number;
  bySource: RecusedBySource[];
}

export class AssignmentsView {
  progress: JudgingProgress;
  categories: AssignedCategory[];
}

// --- a nomination as a judge sees it: GET /judging/nominations/:id

export class JudgeNominee {
  name: string | null;
  jobTitle: string | null;
  team: string | null;
  teamMembers: string[];
}

export class JudgeNominator {
  name: string;
}

export class JudgeStatement {
  criterionId: string;
  criterion: string;
  text: string;
}

export class JudgeEvidence {
  id: string;
  /** In a blind category, a neutral name (the reference and a number), nothing of the original. */
  fileName: string;
  type: 'pdf' | 'docx' | 'png' | 'jpeg' | 'text';
  size: number;
}

export class JudgeScorecardState {
  status: ScorecardStatus;
  version: number;
}

/** A criterion as the judge scores it, in the category's order. */
export class JudgeCriterion {
  id: string;
  position: number;
  title: string;
  guidance: string;
  weight: number;
  scaleMax: number;
  wordLimit: number;
}

export class JudgeCategory {
  id: string;
  name: string;
  criteria: JudgeCriterion[];
}

export class JudgeProgramme {
  id: string;
  name: string;
  /** The IANA zone its dates are read in (e.g. Europe/London). */
  timeZone: string;
  judgingCloseAt: Date | null;
}

/** A nomination as a judge sees it: in a blind category, with no one's identity. */
export class JudgeNominationView {
  id: string;
  reference: string;
  programmeId: string;
  categoryId: string;
  blind: boolean;
  /** Null in a blind category. */
  nominee: JudgeNominee | null;
  /** Null in a blind category. */
  nominator: JudgeNominator | null;
  statements: JudgeStatement[];
  evidence: JudgeEvidence[];
  scorecard: JudgeScorecardState | null;
  category: JudgeCategory;
  programme: JudgeProgramme;
  /** The nomination before and after this one in the judge's list (by reference); null at either end. */
  previousId: string | null;
  nextId: string | null;
}

// --- scorecards

export class ScoreView {
  criterionId: string;
  criterion: string;
  scaleMax: number;
  score: number | null;
  comment: string;
}

export class ReopenedView {
  at: Date;
  reason: string | null;
}

export class ScorecardView {
  /** Null until the scorecard is first saved. */
  id: string | null;
  nominationId: string;
  judgeId: string;
  judgeName?: string;
  status: ScorecardStatus;
  overallComment: string;
  scores: ScoreView[];
  submittedAt: Date | null;
  reopened: ReopenedView | null;
  /** 0 until the scorecard is first saved. */
  version: number;
}

// --- panels and conflicts

export class PanelMemberView {
  id: string;
  userId: string | null;
  name: string | null;
  email: string | null;
  chair: boolean;
  team: string | null;
  /** False until a member set by e-mail first opens their judging. */
  signedIn: boolean;
}

export class PanelView {
  categoryId: string;
  members: PanelMemberView[];
}

/** A reminder sent: to whom, and how many scorecards it said they owe. */
export class ReminderView {
  panelMemberId: string;
  owed: number;
}

export class ConflictClearedView {
  at: Date;
  by: string | null;
  reason: string | null;
}

export class ConflictView {
  id: string;
  nominationId: string;
  reference: string;
  /** Null, as are the reasons, for the chair of a blind category. */
  judgeId: string | null;
  judgeName: string | null;
  source: ConflictSource;
  reason: string | null;
  createdAt: Date;
  cleared: ConflictClearedView | null;
}

// --- results: GET /categories/:id/results

export class ResultsCategory {
  id: string;
  name: string;
  numberOfWinners: number;
  tieBreakRule: TieBreakRule;
}

export class ResultsTie {
  raw: boolean;
  normalised: boolean;
  breakBy: 'normalised' | 'chair' | null;
}

/** One judge's counted (submitted, not recused) scorecard of a nomination. */
export class JudgeScore {
  judgeId: string;
  /** Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ of this scorecard, as a percentage. */
  weightedScore: number;
}

export class NominationResult {
  id: string;
  reference: string;
  /** Null for a chair of a blind category. */
  nomineeName: string | null;
  /**
   * Whether the nominee agreed to be named publicly, so a chair writing a citation sees when it
   * may not name them. Nothing identifying: blind categories' chairs get it too.
   */
  publicityConsent: PublicityConsent;
  scorecards: number;
  /** The mean over judges of Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ, as a percentage. */
  weightedScore: number | null;
  standardDeviation: number | null;
  spread: number | null;
  normalisedScore: number | null;
  rank: number | null;
  normalisedRank: number | null;
  disagreement: boolean;
  tie: ResultsTie;
  /** The scorecards counted, by judge (`JudgeResult.judgeId`), for a chart of who scored what. */
  scores: JudgeScore[];
}

export class JudgeResult {
  panelMemberId: string;
  judgeId: string | null;
  name: string;
  chair: boolean;
  signedIn: boolean;
  expected: number;
  submitted: number;
  meanScore: number | null;
  leniency: number | null;
  normalised: boolean;
  assessment: 'lenient' | 'harsh' | 'in line' | 'not enough scorecards';
}

export class ResultsProgress {
  expected: number;
  submitted: number;
}

export class ResultsView {
  category: ResultsCategory;
  /** Ranked; only the page asked for (`limit`, `offset`), or all of them. */
  nominations: NominationResult[];
  /** How many nominations are ranked in all, whatever the page. */
  nominationsTotal: number;
  judges: JudgeResult[];
  progress: ResultsProgress;
  explanation: string[];
}

// --- outcomes

export class OutcomesStep {
  by: string | null;
  at: Date;
}

export class OutcomeView {
  nominationId: string;
  reference: string;
  /** Null for a chair of a blind category. */
  nomineeName: string | null;
  kind: OutcomeKind;
  citation: string;
  rationale: string;
  tieBreakReason: string | null;
}

export class OutcomesView {
  categoryId: string;
  status: OutcomesStatus;
  minutes: string;
  proposed: OutcomesStep | null;
  decided: OutcomesStep | null;
  returnComment: string | null;
  version: number;
  outcomes: OutcomeView[];
}
