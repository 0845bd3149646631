import { Injectable } from '@nestjs/common';
import { ApiClient, type Programme } from '../api-client/api-client';
import type { components } from '../api-client/api-types';

export type { Programme };
export type ProgrammeDashboard = components['schemas']['ProgrammeDashboardView'];

const id = (value: string) => encodeURIComponent(value);

/** The routes of /api/v1 the programme dashboard calls. */
@Injectable()
export class DashboardApi {
  constructor(private readonly api: ApiClient) {}

  programme(token: string, programmeId: string): Promise<Programme> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}`);
  }

  dashboard(token: string, programmeId: string): Promise<ProgrammeDashboard> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}/dashboard`);
  }
}
