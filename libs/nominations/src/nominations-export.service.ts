import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@commend/audit';
import { namesOf, type AuthUser } from '@commend/auth';
import type { ExportCell, ExportColumn, ExportFormat, ExportSheet } from '@commend/core';
import { CategoriesService, type Category } from '@commend/programmes';
import type { TeamMember } from './entities/nomination.entity';

/** Rows read and written at a time: a large programme streams, never sits whole in memory. */
const BATCH = 500;

export interface PreparedExport {
  /** Offered to the person saving it, without the extension. */
  fileName: string;
  sheets: ExportSheet[];
  rows: number;
}

interface ExportedNomination {
  id: string;
  reference: string;
  status: string;
  nomineeName: string | null;
  nomineeEmail: string | null;
  nomineeJobTitle: string | null;
  nomineeTeam: string | null;
  teamMembers: TeamMember[];
  relationship: string | null;
  nominatorId: string;
  submittedAt: Date | null;
  screeningReason: string | null;
  screenedAt: Date | null;
  publicityConsent: string;
}

/** Every nomination but drafts, which are still the nominator's own work in progress. */
const EXPORTED = `category_id = $1 AND status <> 'draft'`;

const CONSENT: Record<string, string> = { not_asked: 'Not asked', given: 'Given', refused: 'Refused' };

/** Each column of a nominations export but the statements, which follow, one per criterion. */
const COLUMNS: ExportColumn[] = [
  { key: 'reference', header: 'Reference', type: 'text', width: 14 },
  { key: 'category', header: 'Category', type: 'text', width: 24 },
  { key: 'nominee', header: 'Nominee or team', type: 'text', width: 24 },
  { key: 'nomineeEmail', header: 'Nominee e-mail', type: 'text', width: 28 },
  { key: 'nomineeJobTitle', header: 'Job title', type: 'text', width: 20 },
  { key: 'nomineeTeam', header: 'Team or service', type: 'text', width: 24 },
  { key: 'teamMembers', header: 'Team members', type: 'text', width: 40 },
  { key: 'nominator', header: 'Nominator', type: 'text', width: 20 },
  { key: 'nominatorEmail', header: 'Nominator e-mail', type: 'text', width: 28 },
  { key: 'relationship', header: 'Relationship to nominee', type: 'text', width: 20 },
  { key: 'status', header: 'Status', type: 'text', width: 12 },
  { key: 'submittedAt', header: 'Submitted (UTC)', type: 'date', width: 18 },
  { key: 'screening', header: 'Screening decision', type: 'text', width: 14 },
  { key: 'screeningReason', header: 'Screening reason', type: 'text', width: 30 },
  { key: 'screenedAt', header: 'Screened (UTC)', type: 'date', width: 18 },
  { key: 'publicityConsent', header: 'Publicity consent', type: 'text', width: 12 },
];

/** A team's members in one cell: "Name (job title, e-mail); …". */
function members(team: TeamMember[]): string {
  return team
    .map((m) => {
      const more = [m.jobTitle, m.email].filter(Boolean).join(', ');
      return more ? `${m.name} (${more})` : m.name;
    })
    .join('; ');
}

/**
 * The coordinator's nominations export: who was nominated, by whom, how screening went, and the
 * statements. Columns and rows only; core's table writer turns them into CSV or a workbook.
 */
@Injectable()
export class NominationsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The sheets of a programme's (or one of its categories') nominations export; the download is
   * audited here, before a byte is sent, with its programme, category, format and row count.
   */
  async prepare(
    programmeId: string,
    categoryId: string | undefined,
    format: ExportFormat,
    user: AuthUser,
  ): Promise<PreparedExport> {
    const { programme, categories: chosen } = await this.categories.scope(programmeId, categoryId, user);
    const counts = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM nominations WHERE category_id = ANY($1::uuid[]) AND status <> 'draft'`,
      [chosen.map((c) => c.id)],
    );
    const rows = counts[0]?.n ?? 0;
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: user.id,
        action: 'nominations.exported',
        entityType: 'programme',
        entityId: programme.id,
        data: { programmeId: programme.id, categoryId: categoryId ?? null, format, rows },
      }),
    );
    const scope = categoryId ? `${programme.name} - ${chosen[0].name}` : programme.name;
    return { fileName: `Nominations - ${scope}`, sheets: chosen.map((c) => this.sheet(c)), rows };
  }

  private sheet(category: Category): ExportSheet {
    const criteria = [...(category.criteria ?? [])].sort((a, b) => a.position - b.position);
    const columns: ExportColumn[] = [
      ...COLUMNS,
      // One column per criterion title, so the same question in two categories is one CSV column.
      ...criteria.map((c): ExportColumn => ({ key: `criterion:${c.title}`, header: c.title, type: 'text', width: 60 })),
    ];
    const dataSource = this.dataSource;
    async function* rows(): AsyncGenerator<Record<string, ExportCell>[]> {
      let after = '';
      for (;;) {
        const batch = await dataSource.query<ExportedNomination[]>(
          `SELECT id, reference, status, nominee_name AS "nomineeName", nominee_email AS "nomineeEmail",
                  nominee_job_title AS "nomineeJobTitle", nominee_team AS "nomineeTeam", team_members AS "teamMembers",
                  relationship, nominator_id AS "nominatorId", submitted_at AS "submittedAt",
                  screening_reason AS "screeningReason", screened_at AS "screenedAt", publicity_consent AS "publicityConsent"
           FROM nominations WHERE ${EXPORTED} AND reference > $2 ORDER BY reference LIMIT $3`,
          [category.id, after, BATCH],
        );
        if (batch.length === 0) return;
        after = batch[batch.length - 1].reference;
        const [statements, nominators] = await Promise.all([
          dataSource.query<{ nominationId: string; criterionId: string; text: string }[]>(
            `SELECT nomination_id AS "nominationId", criterion_id AS "criterionId", text
             FROM nomination_statements WHERE nomination_id = ANY($1::uuid[])`,
            [batch.map((n) => n.id)],
          ),
          namesOf(
            dataSource.manager,
            batch.map((n) => n.nominatorId),
          ),
        ]);
        const titles = new Map(criteria.map((c) => [c.id, `criterion:${c.title}`]));
        const byNomination = new Map<string, Record<string, string>>();
        for (const s of statements) {
          const key = titles.get(s.criterionId);
          if (!key) continue;
          byNomination.set(s.nominationId, { ...byNomination.get(s.nominationId), [key]: s.text });
        }
        yield batch.map((n) => {
          const nominator = nominators.get(n.nominatorId);
          const screened = n.status === 'eligible' || n.status === 'ineligible';
          return {
            reference: n.reference,
            category: category.name,
            nominee: n.nomineeName,
            nomineeEmail: n.nomineeEmail,
            nomineeJobTitle: n.nomineeJobTitle,
            nomineeTeam: n.nomineeTeam,
            teamMembers: n.teamMembers.length ? members(n.teamMembers) : null,
            nominator: nominator?.displayName ?? null,
            nominatorEmail: nominator?.email ?? null,
            relationship: n.relationship,
            status: n.status,
            submittedAt: n.submittedAt,
            screening: screened ? n.status : null,
            screeningReason: n.screeningReason,
            screenedAt: n.screenedAt,
            publicityConsent: CONSENT[n.publicityConsent] ?? n.publicityConsent,
            ...byNomination.get(n.id),
          };
        });
        if (batch.length < BATCH) return;
      }
    }
    return { name: category.name, columns, rows };
  }
}
