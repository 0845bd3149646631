import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { text as readText } from 'node:stream/consumers';
import { In, type DataSource } from 'typeorm';
import { User, type AuthUser } from '@commend/auth';
import { NotFoundError } from '@commend/core';
import {
  Evidence,
  EvidenceService,
  Nomination,
  NominationStatement,
  redactionsOf,
  type EvidenceRedactionView,
  type EvidenceType,
} from '@commend/nominations';
import { Category } from '@commend/programmes';
import { maskIdentity, nominationMasks } from './blind';
import { Scorecard } from './entities/scorecard.entity';
import { judgeView, neutralFileName, type JudgeNominationView } from './judge-view';
import { JudgingAccess } from './judging-access.service';
import { EXPECTED_SCORECARDS, SYSTEM_CONFLICTS } from './judging-rules';
import type { AssignmentsView, JudgeConflict, JudgingProgress, RecusedCount } from './dto/judging-views.dto';

export type { AssignmentsView };

const progressOf = (cards: ({ status: string } | null)[]): JudgingProgress => ({
  assigned: cards.length,
  submitted: cards.filter((c) => c?.status === 'submitted').length,
  drafts: cards.filter((c) => c?.status === 'draft').length,
  notStarted: cards.filter((c) => c === null).length,
});

const recusedOf = (conflicts: JudgeConflict[]): RecusedCount => {
  const sources = [...new Set(conflicts.map((c) => c.source))].sort();
  return {
    count: conflicts.length,
    bySource: sources.map((source) => ({ source, count: conflicts.filter((c) => c.source === source).length })),
  };
};

/** What a judge reads: their assignments, a nomination, its evidence. */
@Injectable()
export class JudgingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JudgingAccess,
    private readonly evidence: EvidenceService,
  ) {}

  /** The judge's expected scorecards: every eligible nomination of their panels, minus those they are recused from. */
  async assignments(user: AuthUser): Promise<AssignmentsView> {
    await this.access.claimMembershipsSetByEmail(user);
    const memberships = await this.access.memberships(user);
    const categoryIds = memberships.map((s) => s.categoryId);
    if (categoryIds.length === 0) return { progress: progressOf([]), categories: [] };
    const categories = await this.dataSource.getRepository(Category).find({
      where: { id: In(categoryIds) },
      relations: { programme: true },
      order: { name: 'ASC' },
    });
    const rows = await this.dataSource.query<
      {
        id: string;
        reference: string;
        category_id: string;
        nominee_name: string | null;
        status: Scorecard['status'] | null;
        version: number | null;
        updated_at: Date | null;
      }[]
    >(
      `SELECT n.id, n.reference, n.category_id, n.nominee_name, sc.status, sc.version, sc.updated_at
       FROM ${EXPECTED_SCORECARDS} e
       JOIN nominations n ON n.id = e.nomination_id
       LEFT JOIN scorecards sc ON sc.nomination_id = n.id AND sc.judge_id = $1
       WHERE e.judge_id = $1 AND e.category_id = ANY($2::uuid[])
       ORDER BY n.reference`,
      [user.id, categoryIds],
    );
    const blindIds = new Set(categories.filter((c) => c.effectiveBlindJudging).map((c) => c.id));
    const conflicts = await this.ownConflicts(user.id, categoryIds, blindIds);
    const views = categories
      .filter((c) => c.programme!.status !== 'archived')
      .map((category) => {
        const blind = category.effectiveBlindJudging;
        const nominations = rows
          .filter((r) => r.category_id === category.id)
          .map((r) => ({
            id: r.id,
            reference: r.reference,
            nomineeName: blind ? null : r.nominee_name,
            scorecard: r.status ? { status: r.status, version: r.version!, updatedAt: r.updated_at! } : null,
          }));
        return {
          id: category.id,
          name: category.name,
          programme: {
            id: category.programmeId,
            name: category.programme!.name,
            judgingCloseAt: category.programme!.judgingCloseAt,
            timeZone: category.programme!.timeZone,
          },
          blindJudging: blind,
          chair: memberships.find((s) => s.categoryId === category.id)!.chair,
          progress: progressOf(nominations.map((n) => n.scorecard)),
          nominations,
          conflicts: conflicts.get(category.id) ?? [],
          recused: recusedOf(conflicts.get(category.id) ?? []),
        };
      });
    return { progress: progressOf(views.flatMap((v) => v.nominations.map((n) => n.scorecard))), categories: views };
  }

  async nomination(user: AuthUser, nominationId: string): Promise<JudgeNominationView> {
    const { nomination, category, programme } = await this.access.forNomination(user, nominationId);
    const [statements, evidence, nominator, scorecard, list] = await Promise.all([
      this.dataSource.getRepository(NominationStatement).findBy({ nominationId }),
      this.dataSource.getRepository(Evidence).findBy({ nominationId }),
      this.dataSource.getRepository(User).findOneByOrFail({ id: nomination.nominatorId }),
      this.dataSource.getRepository(Scorecard).findOneBy({ nominationId, judgeId: user.id }),
      // The judge's list for this category, in the order My judging shows it.
      this.dataSource.query<{ id: string }[]>(
        `SELECT n.id FROM ${EXPECTED_SCORECARDS} e JOIN nominations n ON n.id = e.nomination_id
         WHERE e.judge_id = $1 AND e.category_id = $2 ORDER BY n.reference`,
        [user.id, category.id],
      ),
    ]);
    const at = list.findIndex((n) => n.id === nominationId);
    const redactions = category.effectiveBlindJudging
      ? await redactionsOf(
          this.dataSource,
          evidence.map((e) => e.id),
        )
      : new Map<string, EvidenceRedactionView>();
    return {
      ...judgeView({ ...nomination, statements, evidence }, nominator, category, scorecard, redactions),
      programme: {
        id: programme.id,
        name: programme.name,
        timeZone: programme.timeZone,
        judgingCloseAt: programme.judgingCloseAt,
      },
      previousId: at > 0 ? list[at - 1].id : null,
      nextId: at >= 0 && at < list.length - 1 ? list[at + 1].id : null,
    };
  }

  /**
   * The judge's open conflicts (OPEN_CONFLICTS, with what it leaves out: the reason and when)
   * on eligible nominations of these categories, by category: the nominations their list leaves out.
   */
  private async ownConflicts(
    judgeId: string,
    categoryIds: string[],
    blindIds: Set<string>,
  ): Promise<Map<string, JudgeConflict[]>> {
    const rows = await this.dataSource.query<(JudgeConflict & { categoryId: string })[]>(
      `SELECT c.nomination_id AS "nominationId", n.reference, c.category_id AS "categoryId", c.source, c.reason,
              c.created_at AS "createdAt"
       FROM conflicts c JOIN nominations n ON n.id = c.nomination_id AND n.status = 'eligible'
       WHERE c.judge_id = $1 AND c.category_id = ANY($2::uuid[]) AND c.cleared_at IS NULL
       UNION ALL
       SELECT s.nomination_id, n.reference, s.category_id, 'system', s.reason, NULL
       FROM ${SYSTEM_CONFLICTS} s JOIN nominations n ON n.id = s.nomination_id
       WHERE s.judge_id = $1 AND s.category_id = ANY($2::uuid[])
         AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.nomination_id = s.nomination_id AND c.judge_id = s.judge_id)
       ORDER BY reference`,
      [judgeId, categoryIds],
    );
    // A reason may name the nominee or nominator ("Tom Reid is my neighbour", a system reason's
    // team): in a blind category it is masked as the statements are.
    const blindRows = rows.filter((r) => blindIds.has(r.categoryId));
    if (blindRows.length) {
      const nominations = await this.dataSource
        .getRepository(Nomination)
        .findBy({ id: In(blindRows.map((r) => r.nominationId)) });
      const nominators = await this.dataSource
        .getRepository(User)
        .findBy({ id: In(nominations.map((n) => n.nominatorId)) });
      const categories = await this.dataSource.getRepository(Category).findBy({ id: In([...blindIds]) });
      for (const row of blindRows) {
        const n = nominations.find((x) => x.id === row.nominationId)!;
        const nominator = nominators.find((u) => u.id === n.nominatorId);
        const masks = nominationMasks({
          ...n,
          nomineeType: categories.find((c) => c.id === n.categoryId)!.nomineeType,
          nominatorName: nominator?.displayName ?? null,
          nominatorEmail: nominator?.email ?? null,
        });
        row.reason = maskIdentity(row.reason, masks);
      }
    }
    const byCategory = new Map<string, JudgeConflict[]>();
    for (const { categoryId, ...conflict } of rows) {
      byCategory.set(categoryId, [...(byCategory.get(categoryId) ?? []), conflict]);
    }
    return byCategory;
  }

  /**
   * Audited; in a blind category the file goes out under a neutral name, as the admin's
   * redacted copy when there is one, and text evidence without one has the names masked as
   * the statements do. The judge of a blind category never gets an original that has a copy.
   */
  async openEvidence(
    user: AuthUser,
    nominationId: string,
    evidenceId: string,
  ): Promise<{ fileName: string; type: EvidenceType; size: number; stream: Readable }> {
    const { nomination, category } = await this.access.forNomination(user, nominationId);
    const files = await this.dataSource
      .getRepository(Evidence)
      .find({ where: { nominationId }, select: { id: true, createdAt: true }, order: { createdAt: 'ASC' } });
    const index = files.findIndex((f) => f.id === evidenceId);
    if (index < 0) throw new NotFoundError('evidence');
    const blind = category.effectiveBlindJudging;
    if (!blind) {
      const { evidence, stream } = await this.evidence.openAudited(nominationId, evidenceId, user, 'judge');
      return { fileName: evidence.fileName, type: evidence.type, size: evidence.size, stream };
    }
    const { evidence, redaction, stream } = await this.evidence.openAudited(nominationId, evidenceId, user, 'judge', {
      preferRedacted: true,
      masked: (e) => e.type === 'text',
    });
    if (redaction) {
      return {
        fileName: neutralFileName(nomination.reference, index, redaction.type),
        type: redaction.type,
        size: redaction.size,
        stream,
      };
    }
    const fileName = neutralFileName(nomination.reference, index, evidence.type);
    if (evidence.type !== 'text') return { fileName, type: evidence.type, size: evidence.size, stream };
    const nominator = await this.dataSource.getRepository(User).findOneByOrFail({ id: nomination.nominatorId });
    const masks = nominationMasks({
      ...nomination,
      nomineeType: category.nomineeType,
      nominatorName: nominator.displayName,
      nominatorEmail: nominator.email,
    });
    // Text evidence is UTF-8 (checked on upload) and within the category's size limit: read whole, masked whole.
    const masked = Buffer.from(maskIdentity(await readText(stream), masks), 'utf8');
    return { fileName, type: 'text', size: masked.length, stream: Readable.from([masked]) };
  }
}
