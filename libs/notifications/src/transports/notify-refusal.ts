import type { NotifyClient } from 'notifications-node-client';
import type { DeliveryFailure } from './mail-transport';

/** A request Notify answered with an error status; `body` is its JSON, when it sent some. */
export class NotifyHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`GOV.UK Notify answered ${status}`);
    this.name = 'NotifyHttpError';
  }
}

type RestClient = Parameters<NotifyClient['setClient']>[0];

/**
 * The client's HTTP layer (axios, which waits for ever by default), replaced with fetch and a
 * timeout: a Notify that stops answering must not hold a row's lock and a database connection
 * for ever. A timeout is a temporary failure; the retry asks Notify first whether it got it.
 * The client still builds each request (its path, body and JWT); this only carries it.
 */
export function notifyRestClient(timeoutMs: number): RestClient {
  const request = async (options: {
    method: string;
    url: string;
    data?: unknown;
    headers: Record<string, string>;
  }): Promise<{ status: number; data: unknown }> => {
    const res = await fetch(options.url, {
      method: options.method.toUpperCase(),
      headers:
        options.data === undefined ? options.headers : { ...options.headers, 'Content-Type': 'application/json' },
      body: options.data === undefined ? undefined : JSON.stringify(options.data),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): kept as text, never shown.
    }
    if (!res.ok) throw new NotifyHttpError(res.status, data);
    return { status: res.status, data };
  };
  return request as unknown as RestClient;
}

export interface NotifyRefusal {
  failure: DeliveryFailure;
  message: string;
  retryAfterMs?: number;
}

/** Addresses are replaced wherever Notify might echo one, as the reason is stored and logged. */
const withoutAddresses = (text: string) => text.replace(/[^\s"'<>(),;:]+@[^\s"'<>(),;:]+/g, '[address]');

/** Notify's own words: its errors' names and messages, e.g. `ValidationError: email_address Not a valid email address`. */
function notifyMessage(status: number, body: unknown): string {
  const errors = (body as { errors?: { error?: unknown; message?: unknown }[] } | null)?.errors;
  const words = Array.isArray(errors)
    ? errors
        .filter((e) => typeof e?.message === 'string')
        .map((e) => (typeof e.error === 'string' ? `${e.error}: ${e.message as string}` : (e.message as string)))
    : [];
  return withoutAddresses(words.length ? `GOV.UK Notify ${status}: ${words.join('; ')}` : `GOV.UK Notify ${status}`);
}

/** A daily limit is Notify's to reset (at midnight): look again this often, spending nothing. */
const DAILY_LIMIT_RETRY_MS = 15 * 60_000;

/**
 * How delivery is to treat what Notify said (docs.notifications.service.gov.uk, "Error codes"):
 * - 400 (a bad address, an unknown template, missing personalisation) and 401/403 (a bad key or
 *   token) will be the same next time: permanent, with Notify's message;
 * - 429 is the rate limit: throttled. Notify sends no Retry-After; its bucket refills at the
 *   per-minute rate, so the queue waits a second's worth of tokens (or one token's time, if
 *   slower). The daily limit (TooManyRequestsError) is looked at again every 15 minutes;
 * - 5xx, a timeout or a lost connection: temporary, and the message may have been accepted.
 */
export function classifyNotifyRefusal(error: unknown, ratePerMinute: number): NotifyRefusal {
  if (!(error instanceof NotifyHttpError)) {
    // fetch says only "fetch failed"; what happened (ECONNREFUSED, a reset) is in its cause.
    const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      failure: 'temporary',
      message: withoutAddresses(`GOV.UK Notify unreachable (${typeof code === 'string' ? `${code}, ` : ''}${cause})`),
    };
  }
  const message = notifyMessage(error.status, error.body);
  if (error.status === 429) {
    const daily = message.includes('TooManyRequestsError');
    const retryAfterMs = daily ? DAILY_LIMIT_RETRY_MS : Math.max(1_000, Math.ceil(60_000 / ratePerMinute));
    return { failure: 'throttled', message, retryAfterMs };
  }
  if (error.status >= 400 && error.status < 500 && error.status !== 408) return { failure: 'permanent', message };
  return { failure: 'temporary', message };
}
