import { Injectable } from '@nestjs/common';
import { ApiClient, type Download } from '../api-client/api-client';
import { ApiError } from '../api-client/api-error';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type Programme = Schemas['Programme'];
export type Category = Schemas['Category'];
export type Outcomes = Schemas['OutcomesView'];
export type Results = Schemas['ResultsView'];
export type Announcement = Schemas['AnnouncementView'];
export type AnnouncementPreview = Schemas['AnnouncementPreview'];
export type Certificate = Schemas['Certificate'];
export type PublicWinners = Schemas['PublicWinners'];

const id = (value: string) => encodeURIComponent(value);

/** The routes of /api/v1 the director's pages and the public winners page call, through the one API client. */
@Injectable()
export class DirectingApi {
  constructor(private readonly api: ApiClient) {}

  programmes(token: string): Promise<Programme[]> {
    return this.api.programmes(token);
  }

  programme(token: string, programmeId: string): Promise<Programme> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}`);
  }

  categories(token: string, programmeId: string): Promise<Category[]> {
    return this.api.categories(token, programmeId);
  }

  category(token: string, categoryId: string): Promise<Category> {
    return this.api.request(token, 'GET', `/categories/${id(categoryId)}`);
  }

  outcomes(token: string, categoryId: string): Promise<Outcomes> {
    return this.api.request(token, 'GET', `/categories/${id(categoryId)}/outcomes`);
  }

  results(token: string, categoryId: string): Promise<Results> {
    return this.api.request(token, 'GET', `/categories/${id(categoryId)}/results`);
  }

  approve(token: string, categoryId: string, version: number): Promise<Outcomes> {
    return this.api.request(token, 'POST', `/categories/${id(categoryId)}/outcomes/approve`, { version });
  }

  returnToChair(token: string, categoryId: string, version: number, comment: string): Promise<Outcomes> {
    return this.api.request(token, 'POST', `/categories/${id(categoryId)}/outcomes/return`, { version, comment });
  }

  /** The programme's announcement, or null when none was ever scheduled. */
  async announcement(token: string, programmeId: string): Promise<Announcement | null> {
    try {
      return await this.api.request<Announcement>(token, 'GET', `/programmes/${id(programmeId)}/announcement`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && error.code === 'announcement.not_found') return null;
      throw error;
    }
  }

  /** `at` a local date and time (read in the programme's time zone); none to announce now. */
  schedule(token: string, programmeId: string, at?: string): Promise<Announcement> {
    return this.api.request(token, 'POST', `/programmes/${id(programmeId)}/announcement`, at ? { at } : {});
  }

  cancel(token: string, programmeId: string): Promise<Announcement> {
    return this.api.request(token, 'DELETE', `/programmes/${id(programmeId)}/announcement`);
  }

  preview(token: string, programmeId: string): Promise<AnnouncementPreview> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}/announcement/preview`);
  }

  certificates(token: string, programmeId: string): Promise<Certificate[]> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}/certificates`);
  }

  /** The certificate's PDF as the API streams it, with its name. */
  certificate(token: string, programmeId: string, nominationId: string): Promise<Download> {
    return this.api.download(token, `/programmes/${id(programmeId)}/certificates/${id(nominationId)}`);
  }

  /** The public winners, asked as nobody: 404 until announced. */
  winners(programmeId: string): Promise<PublicWinners> {
    return this.api.request(null, 'GET', `/public/programmes/${id(programmeId)}/winners`);
  }
}
