import { Inject, Injectable } from '@nestjs/common';
import { WEB_CONFIG, type WebConfig } from '../config/web-config';
import { ApiUnavailableError } from '../web.errors';
import { ApiError } from './api-error';
import type { components, paths } from './api-types';

type Schemas = components['schemas'];
export type Programme = Schemas['Programme'];
export type Category = Schemas['Category'];
export type MyNomination = Schemas['NominationView'];
export type Me = Schemas['MeView'];

/** A path of the API (without /api/v1) that answers GET. */
type GetPath = { [P in keyof paths]: paths[P] extends { get: unknown } ? P : never }[keyof paths];
type Stripped<P extends string> = P extends `/api/v1${infer Rest}` ? Rest : never;

const TIMEOUT_MS = 10_000;

/**
 * The one client of /api/v1: every call carries the signed-in person's access token, so
 * the API decides what they may see and do. Refusals become ApiError; no answer at all
 * becomes ApiUnavailableError (the "service unavailable" page).
 */
@Injectable()
export class ApiClient {
  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  me(token: string): Promise<Me> {
    return this.get(token, '/me');
  }

  programmes(token: string): Promise<Programme[]> {
    return this.get(token, '/programmes');
  }

  categories(token: string, programmeId: string): Promise<Category[]> {
    return this.get(
      token,
      `/programmes/${encodeURIComponent(programmeId)}/categories` as '/programmes/{id}/categories',
    );
  }

  myNominations(token: string): Promise<MyNomination[]> {
    return this.get(token, '/nominations/mine');
  }

  private get<P extends Stripped<GetPath>>(
    token: string,
    path: P,
  ): Promise<JsonOk<paths[`/api/v1${P}` & keyof paths]['get']>> {
    return this.request(token, 'GET', path);
  }

  /** `token` null: a public route, asked as nobody (the public winners page). */
  async request<T>(token: string | null, method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.config.apiUrl}${path}`, {
        method,
        headers: {
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiUnavailableError(error);
    }
    const text = await res.text();
    const json: unknown = text ? safeJson(text) : undefined;
    if (res.ok) return json as T;
    if (res.status === 502 || res.status === 503 || res.status === 504) throw new ApiUnavailableError(res.status);
    const { code, message, details } = (json ?? {}) as { code?: string; message?: unknown; details?: unknown };
    throw new ApiError(
      res.status,
      code,
      typeof message === 'string' ? message : `The API answered ${res.status}`,
      details,
    );
  }

  /** Readiness: the API's own liveness answers. */
  async reachable(): Promise<boolean> {
    try {
      const res = await fetch(`${this.config.apiUrl}/health`, { signal: AbortSignal.timeout(1500) });
      return res.ok;
    } catch {
      return false;
    }
  }
}

/** The JSON body of an operation's 200/201 answer. */
type JsonOk<Op> = Op extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : unknown
  : unknown;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
