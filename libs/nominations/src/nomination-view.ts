import type { Evidence } from './entities/evidence.entity';
import type {
  ConsentSource,
  Nomination,
  NominationStatus,
  PublicityConsent,
  TeamMember,
} from './entities/nomination.entity';
import type { PrivacyFinding } from './privacy/privacy-finding';
import { countWords } from './words';

export interface NominationView {
  id: string;
  reference: string;
  programmeId: string;
  categoryId: string;
  nominatorId: string;
  status: NominationStatus;
  version: number;
  nominee: { name: string | null; email: string | null; jobTitle: string | null; team: string | null };
  teamMembers: TeamMember[];
  relationship: string | null;
  publicityConsent: PublicityConsent;
  /** How the consent decision was recorded; null while it was never asked. */
  consent: {
    source: ConsentSource | null;
    askedBy: string | null;
    askedAt: Date | null;
    recordedAt: Date | null;
    recordedBy: string | null;
  };
  statements: { criterionId: string; text: string; words: number; redactedText: string | null }[];
  evidence: { id: string; fileName: string; type: string; size: number; sha256: string; uploadedAt: Date }[];
  privacy: { checkedAt: Date | null; findings: PrivacyFinding[]; confirmed: boolean };
  screening: { decision: 'eligible' | 'ineligible'; reason: string | null; screenedAt: Date | null } | null;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /**
   * For admins (screening): other submitted nominations in the category that may be of the
   * same nominee — the same e-mail, or the same name.
   */
  possibleDuplicates?: PossibleDuplicate[];
}

export interface PossibleDuplicate {
  nominationId: string;
  reference: string;
  status: NominationStatus;
  /** What matched. */
  matchedOn: ('email' | 'name')[];
}

export function toView(n: Nomination): NominationView {
  return {
    id: n.id,
    reference: n.reference,
    programmeId: n.programmeId,
    categoryId: n.categoryId,
    nominatorId: n.nominatorId,
    status: n.status,
    version: n.version,
    nominee: { name: n.nomineeName, email: n.nomineeEmail, jobTitle: n.nomineeJobTitle, team: n.nomineeTeam },
    teamMembers: n.teamMembers,
    relationship: n.relationship,
    publicityConsent: n.publicityConsent,
    consent: {
      source: n.consentSource,
      askedBy: n.consentAskedBy,
      askedAt: n.consentAskedAt,
      recordedAt: n.consentRecordedAt,
      recordedBy: n.consentRecordedBy,
    },
    statements: (n.statements ?? []).map((s) => ({
      criterionId: s.criterionId,
      text: s.text,
      words: countWords(s.text),
      redactedText: s.redactedText ?? null,
    })),
    evidence: (n.evidence ?? [])
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((e: Evidence) => ({
        id: e.id,
        fileName: e.fileName,
        type: e.type,
        size: e.size,
        sha256: e.sha256,
        uploadedAt: e.createdAt,
      })),
    privacy: { checkedAt: n.privacyCheckedAt, findings: n.privacyFindings, confirmed: n.privacyFindingsConfirmed },
    screening:
      n.status === 'eligible' || n.status === 'ineligible'
        ? { decision: n.status, reason: n.screeningReason, screenedAt: n.screenedAt }
        : null,
    submittedAt: n.submittedAt,
    withdrawnAt: n.withdrawnAt,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}
