import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { Response as ExpressResponse } from 'express';
import { currentRequestId, REQUEST_ID_HEADER } from '@commend/core';
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
/** A file streams for longer than a JSON answer takes. */
const DOWNLOAD_TIMEOUT_MS = 60_000;
const UPLOAD_TIMEOUT_MS = 60_000;

/** A file as the API sends it: the headers the browser needs, and the body to stream on. */
export interface Download {
  headers: Record<string, string>;
  body: Readable;
}

/**
 * The browser's request's id on each call it leads to, so the API's log lines of that call
 * carry it too (the API takes it when it trusts this app as a proxy: TRUST_PROXY).
 */
export function requestIdHeader(): Record<string, string> {
  const id = currentRequestId();
  return id ? { [REQUEST_ID_HEADER]: id } : {};
}

/** Sends a file from the API to the browser as it came: its type, size and name (Content-Disposition). */
export function sendDownload(res: ExpressResponse, file: Download): void {
  res.set(file.headers);
  file.body.pipe(res);
}

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
          ...requestIdHeader(),
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
    throw refusal(res.status, json);
  }

  /**
   * A file the API streams (evidence, a certificate), with the headers that name it; nothing is
   * stored here and nothing is cached by the browser.
   */
  async download(token: string, path: string): Promise<Download> {
    let res: Response;
    try {
      res = await fetch(`${this.config.apiUrl}${path}`, {
        headers: { ...requestIdHeader(), authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiUnavailableError(error);
    }
    if (!res.ok || !res.body) {
      const text = await res.text().catch(() => '');
      throw refusal(res.status, text ? safeJson(text) : undefined);
    }
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    for (const name of ['content-type', 'content-disposition', 'content-length']) {
      const value = res.headers.get(name);
      if (value) headers[name] = value;
    }
    return { headers, body: Readable.fromWeb(res.body) };
  }

  /**
   * Streams the browser's multipart body to the API as it arrives: the web app never holds
   * the file, and the API's own checks (type, size, risk) decide and explain a refusal.
   */
  async upload(token: string, method: 'POST' | 'PUT', path: string, req: IncomingMessage): Promise<void> {
    let res: Response;
    try {
      res = await fetch(`${this.config.apiUrl}${path}`, {
        method,
        headers: {
          ...requestIdHeader(),
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          'content-type': req.headers['content-type'] ?? 'application/octet-stream',
          ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}),
        },
        body: Readable.toWeb(req),
        duplex: 'half',
        signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiUnavailableError(error);
    }
    if (res.ok) {
      await res.body?.cancel();
      return;
    }
    const text = await res.text().catch(() => '');
    // The API may answer a refusal before reading the whole file; what is left is not needed.
    req.resume();
    throw refusal(res.status, text ? safeJson(text) : undefined);
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

/** The API's refusal as the error the pages show; no answer from behind a proxy is "unavailable". */
function refusal(status: number, json: unknown): Error {
  if (status === 502 || status === 503 || status === 504) return new ApiUnavailableError(status);
  const { code, message, details } = (json ?? {}) as { code?: string; message?: unknown; details?: unknown };
  return new ApiError(status, code, typeof message === 'string' ? message : `The API answered ${status}`, details);
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
