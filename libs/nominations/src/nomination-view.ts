import type { Evidence } from './entities/evidence.entity';
import type { NominationView } from './dto/nomination-view.dto';
import type { Nomination } from './entities/nomination.entity';
import { countWords } from './words';

export type { EvidenceRedactionView, NominationView, PossibleDuplicate } from './dto/nomination-view.dto';

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
        checkStatus: e.checkStatus,
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
