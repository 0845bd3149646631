import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@commend/audit';
import type { AuthUser } from '@commend/auth';
import type { ExportCell, ExportColumn, ExportFormat, ExportSheet } from '@commend/core';
import { CategoriesService, type Category } from '@commend/programmes';
import { ResultsService, type ResultsView } from './results.service';

export interface PreparedResultsExport {
  /** Offered to the person saving it, without the extension. */
  fileName: string;
  sheets: ExportSheet[];
  rows: number;
}

/** Each column of a results export but the judges', which follow, one per judge who signed in. */
const COLUMNS: ExportColumn[] = [
  { key: 'rank', header: 'Rank', type: 'number', width: 8 },
  { key: 'reference', header: 'Reference', type: 'text', width: 14 },
  { key: 'category', header: 'Category', type: 'text', width: 24 },
  { key: 'nominee', header: 'Nominee or team', type: 'text', width: 24 },
  { key: 'scorecards', header: 'Scorecards', type: 'number', width: 11 },
  { key: 'weightedScore', header: 'Weighted score (%)', type: 'number', width: 14 },
  { key: 'standardDeviation', header: 'Spread: standard deviation', type: 'number', width: 14 },
  { key: 'spread', header: 'Spread: highest minus lowest', type: 'number', width: 14 },
  { key: 'normalisedScore', header: 'Normalised score', type: 'number', width: 14 },
  { key: 'normalisedRank', header: 'Normalised rank', type: 'number', width: 11 },
  { key: 'tie', header: 'Tie', type: 'text', width: 16 },
  { key: 'disagreement', header: 'Judges disagree', type: 'text', width: 10 },
];

function tie(t: ResultsView['nominations'][number]['tie']): string | null {
  if (t.raw && t.normalised) return 'Tied on both scores';
  if (t.raw) return 'Tied on weighted score';
  return null;
}

/**
 * The coordinator's results export: the results service's own ranking (the same figures the
 * results page shows, never a second computation), with each judge's weighted total by name.
 */
@Injectable()
export class ResultsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
    private readonly results: ResultsService,
    private readonly audit: AuditService,
  ) {}

  /** The sheets of a programme's (or one category's) results; audited with programme, category, format and rows. */
  async prepare(
    programmeId: string,
    categoryId: string | undefined,
    format: ExportFormat,
    user: AuthUser,
  ): Promise<PreparedResultsExport> {
    const { programme, categories: chosen } = await this.categories.scope(programmeId, categoryId, user);
    // Admins only reach this route, and the results service shows them names even when judging is blind.
    const computed = await Promise.all(chosen.map((c) => this.results.compute(c, true)));
    const rows = computed.reduce((sum, r) => sum + r.nominations.length, 0);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: user.id,
        action: 'results.exported',
        entityType: 'programme',
        entityId: programme.id,
        data: { programmeId: programme.id, categoryId: categoryId ?? null, format, rows },
      }),
    );
    const scope = categoryId ? `${programme.name} - ${chosen[0].name}` : programme.name;
    return {
      fileName: `Results - ${scope}`,
      sheets: chosen.map((c, i) => sheet(c, computed[i])),
      rows,
    };
  }
}

function sheet(category: Category, results: ResultsView): ExportSheet {
  // Only judges who signed in have scored; a pending member has no scorecards to show.
  const judges = results.judges.filter((j) => j.judgeId !== null);
  const columns: ExportColumn[] = [
    ...COLUMNS,
    ...judges.map((j): ExportColumn => ({ key: `judge:${j.judgeId}`, header: j.name, type: 'number', width: 14 })),
  ];
  const rows = results.nominations.map((n): Record<string, ExportCell> => ({
    rank: n.rank,
    reference: n.reference,
    category: category.name,
    nominee: n.nomineeName,
    scorecards: n.scorecards,
    weightedScore: n.weightedScore,
    standardDeviation: n.standardDeviation,
    spread: n.spread,
    normalisedScore: n.normalisedScore,
    normalisedRank: n.normalisedRank,
    tie: tie(n.tie),
    disagreement: n.disagreement ? 'Yes' : 'No',
    ...Object.fromEntries(n.scores.map((s) => [`judge:${s.judgeId}`, s.weightedScore])),
  }));
  return {
    name: category.name,
    columns,
    // Computed whole by the results service already: one batch.
    rows: () => [rows],
  };
}
