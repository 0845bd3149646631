import type { Category, ExportFormat, ExportKind, Programme } from './exports-api';

export interface ExportLink {
  href: string;
  text: string;
}

export interface ExportsViewModel {
  pageTitle: string;
  backHref: string;
  programmeName: string;
  /** Each scope (the whole programme, then each category) with its four downloads. */
  scopes: { heading: string; links: ExportLink[] }[];
}

const KINDS: { kind: ExportKind; text: string }[] = [
  { kind: 'nominations', text: 'Nominations' },
  { kind: 'results', text: 'Results with every judge’s scores' },
];
const FORMATS: { format: ExportFormat; text: string }[] = [
  { format: 'xlsx', text: 'Excel workbook' },
  { format: 'csv', text: 'CSV' },
];

/** The web app's download route of one export (it streams the API's answer through). */
export function exportHref(programmeId: string, kind: ExportKind, format: ExportFormat, categoryId?: string): string {
  const query = new URLSearchParams({ format });
  if (categoryId) query.set('categoryId', categoryId);
  return `/coordinating/programmes/${programmeId}/exports/${kind}?${query.toString()}`;
}

function links(programmeId: string, scope: string, categoryId?: string): ExportLink[] {
  return KINDS.flatMap(({ kind, text }) =>
    FORMATS.map(({ format, text: formatText }) => ({
      href: exportHref(programmeId, kind, format, categoryId),
      // The scope in the link text, so each link makes sense read on its own (WCAG 2.4.4).
      text: `${text} of ${scope} (${formatText})`,
    })),
  );
}

/** The exports page: every export of the programme and of each category, in both formats. */
export function exportsViewModel(programme: Programme, categories: Category[]): ExportsViewModel {
  return {
    pageTitle: `Exports of ${programme.name}`,
    backHref: '/coordinating',
    programmeName: programme.name,
    scopes: [
      { heading: `All categories of ${programme.name}`, links: links(programme.id, programme.name) },
      ...categories.map((c) => ({ heading: c.name, links: links(programme.id, c.name, c.id) })),
    ],
  };
}

/** Reads the download route's query: anything else than the four kinds and formats is not a page. */
export function readExport(
  kind: string,
  raw: Record<string, unknown>,
): { kind: ExportKind; format: ExportFormat; categoryId?: string } | null {
  if (kind !== 'nominations' && kind !== 'results') return null;
  const format = raw.format;
  if (format !== 'csv' && format !== 'xlsx') return null;
  const categoryId = typeof raw.categoryId === 'string' && raw.categoryId !== '' ? raw.categoryId : undefined;
  return { kind, format, categoryId };
}
