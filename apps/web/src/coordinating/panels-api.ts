import { Injectable } from '@nestjs/common';
import { ApiClient } from '../api-client/api-client';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type Programme = Schemas['Programme'];
export type Category = Schemas['Category'];
export type Panel = Schemas['PanelView'];
export type PanelMember = Schemas['PanelMemberView'];
export type PanelMemberInput = Schemas['PanelMemberDto'];
export type Person = Schemas['UserSummaryView'];

const id = (value: string) => encodeURIComponent(value);

/** The routes of /api/v1 the coordinator's panel page calls, through the one API client. */
@Injectable()
export class PanelsApi {
  constructor(private readonly api: ApiClient) {}

  programme(token: string, programmeId: string): Promise<Programme> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}`);
  }

  category(token: string, categoryId: string): Promise<Category> {
    return this.api.request(token, 'GET', `/categories/${id(categoryId)}`);
  }

  categories(token: string, programmeId: string): Promise<Category[]> {
    return this.api.categories(token, programmeId);
  }

  panel(token: string, categoryId: string): Promise<Panel> {
    return this.api.request(token, 'GET', `/categories/${id(categoryId)}/panel`);
  }

  setPanel(token: string, categoryId: string, members: PanelMemberInput[]): Promise<Panel> {
    return this.api.request(token, 'PUT', `/categories/${id(categoryId)}/panel`, { members });
  }

  /** People who have signed in, by part of their name or e-mail. */
  people(token: string, search: string): Promise<Person[]> {
    return this.api.request(token, 'GET', `/users?${new URLSearchParams({ search }).toString()}`);
  }
}
