import { Injectable } from '@nestjs/common';
import { ApiClient, type Category, type Download, type Programme } from '../api-client/api-client';

export type { Category, Programme };
export type ExportKind = 'nominations' | 'results';
export type ExportFormat = 'csv' | 'xlsx';

/** The routes of /api/v1 the exports page calls. */
@Injectable()
export class ExportsApi {
  constructor(private readonly api: ApiClient) {}

  programme(token: string, programmeId: string): Promise<Programme> {
    return this.api.request(token, 'GET', `/programmes/${encodeURIComponent(programmeId)}`);
  }

  categories(token: string, programmeId: string): Promise<Category[]> {
    return this.api.categories(token, programmeId);
  }

  /** The export as the API streams it, with its name; the API audits the download. */
  download(
    token: string,
    programmeId: string,
    kind: ExportKind,
    format: ExportFormat,
    categoryId?: string,
  ): Promise<Download> {
    const query = new URLSearchParams({ format });
    if (categoryId) query.set('categoryId', categoryId);
    return this.api.download(
      token,
      `/programmes/${encodeURIComponent(programmeId)}/exports/${kind}?${query.toString()}`,
    );
  }
}
