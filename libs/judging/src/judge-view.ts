import type { User } from '@commend/auth';
import type { Evidence, Nomination, NominationStatement } from '@commend/nominations';
import type { Category } from '@commend/programmes';
import { maskIdentity, nominationMasks } from './blind';
import type { Scorecard } from './entities/scorecard.entity';
import type { JudgeNominationView } from './dto/judging-views.dto';

export type { JudgeNominationView };

const EXTENSIONS: Record<Evidence['type'], string> = { pdf: 'pdf', docx: 'docx', png: 'png', jpeg: 'jpg', text: 'txt' };

/** The file name a judge of a blind category sees and downloads: nothing of the original. */
export const neutralFileName = (reference: string, index: number, type: Evidence['type']): string =>
  `${reference}-evidence-${index + 1}.${EXTENSIONS[type]}`;

export function judgeView(
  nomination: Nomination & { statements: NominationStatement[]; evidence: Evidence[] },
  nominator: Pick<User, 'displayName' | 'email'>,
  category: Category,
  scorecard: Scorecard | null,
  /** Redacted copies of evidence, by evidence id: in a blind category the judge gets these instead. */
  redactions: Map<string, Pick<Evidence, 'type' | 'size'>> = new Map(),
): Omit<JudgeNominationView, 'programme' | 'previousId' | 'nextId'> {
  const blind = category.effectiveBlindJudging;
  const masks = nominationMasks({
    ...nomination,
    nomineeType: category.nomineeType,
    nominatorName: nominator.displayName,
    nominatorEmail: nominator.email,
  });
  const statementText = (s: NominationStatement): string =>
    blind ? (s.redactedText ?? maskIdentity(s.text, masks)) : s.text;
  const titles = new Map((category.criteria ?? []).map((c) => [c.id, c]));
  const evidence = [...nomination.evidence].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return {
    id: nomination.id,
    reference: nomination.reference,
    programmeId: nomination.programmeId,
    categoryId: nomination.categoryId,
    blind,
    nominee: blind
      ? null
      : {
          name: nomination.nomineeName,
          jobTitle: nomination.nomineeJobTitle,
          team: nomination.nomineeTeam,
          teamMembers: nomination.teamMembers.map((m) => m.name),
        },
    nominator: blind ? null : { name: nominator.displayName },
    statements: [...nomination.statements]
      .sort((a, b) => (titles.get(a.criterionId)?.position ?? 0) - (titles.get(b.criterionId)?.position ?? 0))
      .map((s) => ({
        criterionId: s.criterionId,
        criterion: titles.get(s.criterionId)?.title ?? '',
        text: statementText(s),
      })),
    evidence: evidence.map((e, i) => {
      const served = (blind && redactions.get(e.id)) || e;
      return {
        id: e.id,
        fileName: blind ? neutralFileName(nomination.reference, i, served.type) : e.fileName,
        type: served.type,
        size: served.size,
      };
    }),
    scorecard: scorecard && { status: scorecard.status, version: scorecard.version },
    category: {
      id: category.id,
      name: category.name,
      criteria: [...(category.criteria ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((c) => ({
          id: c.id,
          position: c.position,
          title: c.title,
          guidance: c.guidance,
          weight: c.weight,
          scaleMax: c.scaleMax,
          wordLimit: c.wordLimit,
        })),
    },
  };
}
