import { Injectable } from '@nestjs/common';
import { ApiClient } from '../api-client/api-client';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type Programme = Schemas['Programme'];
export type Category = Schemas['Category'];
export type Readiness = Schemas['ProgrammeReadinessView'];
export type ProgrammeFields = Schemas['CreateProgrammeDto'];
export type CategoryFields = Schemas['CreateCategoryDto'];

const id = (value: string) => encodeURIComponent(value);

/** The routes of /api/v1 the coordinator's set-up pages call, through the one API client. */
@Injectable()
export class SettingUpApi {
  constructor(private readonly api: ApiClient) {}

  programmes(token: string): Promise<Programme[]> {
    return this.api.programmes(token);
  }

  programme(token: string, programmeId: string): Promise<Programme> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}`);
  }

  createProgramme(token: string, fields: ProgrammeFields): Promise<Programme> {
    return this.api.request(token, 'POST', '/programmes', fields);
  }

  updateProgramme(
    token: string,
    programmeId: string,
    fields: ProgrammeFields & { version: number },
  ): Promise<Programme> {
    return this.api.request(token, 'PATCH', `/programmes/${id(programmeId)}`, fields);
  }

  categories(token: string, programmeId: string): Promise<Category[]> {
    return this.api.categories(token, programmeId);
  }

  category(token: string, categoryId: string): Promise<Category> {
    return this.api.request(token, 'GET', `/categories/${id(categoryId)}`);
  }

  createCategory(token: string, programmeId: string, fields: CategoryFields): Promise<Category> {
    return this.api.request(token, 'POST', `/programmes/${id(programmeId)}/categories`, fields);
  }

  updateCategory(token: string, categoryId: string, fields: CategoryFields & { version: number }): Promise<Category> {
    return this.api.request(token, 'PATCH', `/categories/${id(categoryId)}`, fields);
  }

  readiness(token: string, programmeId: string): Promise<Readiness> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}/readiness`);
  }

  open(token: string, programmeId: string): Promise<Programme> {
    return this.api.request(token, 'POST', `/programmes/${id(programmeId)}/open`, {});
  }

  close(token: string, programmeId: string): Promise<Programme> {
    return this.api.request(token, 'POST', `/programmes/${id(programmeId)}/close`, {});
  }

  copy(token: string, programmeId: string, fields: { name: string; referencePrefix: string }): Promise<Programme> {
    return this.api.request(token, 'POST', `/programmes/${id(programmeId)}/copy`, fields);
  }
}
