import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { EvidenceType } from '../evidence/evidence-type';
import type { ConsentSource, NominationStatus, PublicityConsent, TeamMember } from '../entities/nomination.entity';
import type { FindingKind } from '../privacy/privacy-scanner';
import type { EvidenceCheckStatus } from '../entities/evidence.entity';
import type { DocxPart, PrivacyFinding } from '../privacy/privacy-finding';

/*
 * The nomination as the API returns it: the one definition of its shape, read by the code
 * (nomination-view.ts builds it) and by the OpenAPI document (the swagger plugin reads these
 * classes), so the browser app's generated client and the service cannot drift apart.
 */

export class NomineeView {
  name: string | null;
  email: string | null;
  jobTitle: string | null;
  team: string | null;
}

export class TeamMemberView implements TeamMember {
  name: string;
  email?: string;
  jobTitle?: string;
}

/** How the consent decision was recorded; nulls while it was never asked. */
export class ConsentRecordView {
  source: ConsentSource | null;
  askedBy: string | null;
  askedAt: Date | null;
  recordedAt: Date | null;
  recordedBy: string | null;
}

export class StatementView {
  criterionId: string;
  text: string;
  words: number;
  redactedText: string | null;
}

/** An admin's redacted copy of an evidence file, which judges of a blind category get instead. */
export class EvidenceRedactionView {
  id: string;
  evidenceId: string;
  fileName: string;
  type: EvidenceType;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
}

export class EvidenceSummaryView {
  id: string;
  fileName: string;
  type: EvidenceType;
  size: number;
  sha256: string;
  uploadedAt: Date;
  /**
   * The privacy check of the file, done in the background after the upload (and again when the
   * nominee or team changes): `checking` until then; `no_text` for a PDF or Word file with no
   * text (a scan); `not_readable` for an image; `failed` when it could not be read.
   */
  checkStatus: EvidenceCheckStatus;
  /** Admins only: the redacted copy judges of a blind category get, or null. Absent for the nominator. */
  redactedCopy?: EvidenceRedactionView | null;
}

export class StatementFindingSource {
  type: 'statement';
  criterionId: string;
  criterionTitle: string;
}

export class EvidenceFindingSource {
  type: 'evidence';
  evidenceId: string;
  fileName: string;
  /** In a PDF: the page, from 1. */
  page?: number;
  /** In a Word document: the part the paragraph is in. */
  part?: DocxPart;
  /** In a Word document: the paragraph, from 1 within its part. */
  paragraph?: number;
}

/** A possible service-user identifier, with its place; only the masked text is kept. */
@ApiExtraModels(StatementFindingSource, EvidenceFindingSource)
export class PrivacyFindingView implements PrivacyFinding {
  kind: FindingKind;
  label: string;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(StatementFindingSource) }, { $ref: getSchemaPath(EvidenceFindingSource) }],
  })
  source: StatementFindingSource | EvidenceFindingSource;
  start: number;
  end: number;
  masked: string;
}

export class PrivacyView {
  checkedAt: Date | null;
  findings: PrivacyFindingView[];
  confirmed: boolean;
}

export class ScreeningView {
  decision: 'eligible' | 'ineligible';
  reason: string | null;
  screenedAt: Date | null;
}

export class PossibleDuplicate {
  nominationId: string;
  reference: string;
  status: NominationStatus;
  /** What matched. */
  matchedOn: ('email' | 'name')[];
}

export class NominationView {
  id: string;
  reference: string;
  programmeId: string;
  categoryId: string;
  nominatorId: string;
  status: NominationStatus;
  version: number;
  nominee: NomineeView;
  teamMembers: TeamMemberView[];
  relationship: string | null;
  publicityConsent: PublicityConsent;
  consent: ConsentRecordView;
  statements: StatementView[];
  evidence: EvidenceSummaryView[];
  privacy: PrivacyView;
  /** Null until the nomination is screened. */
  screening: ScreeningView | null;
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

/** A page of `GET /nominations`. */
export class NominationPage {
  items: NominationView[];
  total: number;
  page: number;
  pageSize: number;
}

export class PrivacyCheckView {
  findings: PrivacyFindingView[];
}

export class ConsentRequestedView {
  @ApiProperty({ type: 'boolean', enum: [true] })
  requested: true;
}

/** What a consent link asks about, and the answer so far. */
export class NomineeConsentView {
  programme: string;
  category: string;
  nomineeName: string | null;
  publicityConsent: PublicityConsent;
  /** What they are asked to agree to: the programme's publicity consent wording. */
  wording: string;
}
