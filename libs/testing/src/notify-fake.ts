import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the GOV.UK Notify API (https://docs.notifications.service.gov.uk/rest-api.html),
 * as far as Commend uses it: sending an e-mail and finding notifications by reference. It checks
 * what Notify checks, in Notify's order, and answers with Notify's status codes and bodies, so
 * the real `notifications-node-client` and our handling of its errors are what a test exercises.
 */
export interface NotifyFakeOptions {
  /** The service's rate limit (default 3,000 a minute, Notify's). */
  ratePerMinute?: number;
  /**
   * The token bucket's size: how many requests may come at once before the rate applies. Default
   * Notify's, min(ceil(rate / 3) + 1, 1001).
   */
  bucketCapacity?: number;
  /** E-mails a day before `TooManyRequestsError` (default none). */
  dailyLimit?: number;
  /** Templates the service has, by id; the default is one whose subject is ((subject)) and body ((body)). */
  templates?: Record<string, { subject: string; body: string }>;
  /** How the key is spoken of in the rate limit's message: LIVE (default), TEAM or TEST. */
  keyType?: 'LIVE' | 'TEAM' | 'TEST';
}

/** A notification the fake accepted, as `GET /v2/notifications` lists it. */
export interface FakeNotification {
  id: string;
  reference: string | null;
  email_address: string;
  type: 'email';
  status: 'created' | 'sending' | 'delivered';
  template: { id: string; version: number; uri: string };
  subject: string;
  body: string;
  created_at: string;
}

export interface NotifyFake {
  /** The API's base URL, for NOTIFY_BASE_URL. */
  url: string;
  /** A valid key, `commend_test-{service id}-{secret}`. */
  apiKey: string;
  serviceId: string;
  /** The default template's id. */
  templateId: string;
  /** The environment a worker needs to send through this fake. */
  env(): Record<string, string>;
  /**
   * The next `n` sends are answered 500 (Notify's `Exception` body). With `afterAccepting`, each is
   * accepted first, as when Notify stores the message and then fails (or the answer is lost).
   */
  failNext(n: number, options?: { afterAccepting?: boolean }): void;
  /** Every send is refused with the rate limit's 429 for `ms`, as when another client of the key used it up. */
  rateLimitFor(ms: number): void;
  /**
   * Holds each answer to a send this long after accepting it (default 0): a worker killed in
   * that time leaves a message Notify has and the worker was never told of.
   */
  delayAnswers(ms: number): void;
  /** Everything accepted, in order. */
  notifications(): FakeNotification[];
  /** How many messages were accepted with each reference: more than one is a duplicate. */
  acceptedByReference(): Map<string, number>;
  counts: {
    /** Every request, whatever the answer. */
    requests: number;
    /** Messages accepted (201, and those accepted before an injected 500). */
    accepted: number;
    /** 429s for the per-minute rate limit. */
    rateLimited: number;
    /** 500s sent. */
    serverErrors: number;
    /** 401s and 403s. */
    authErrors: number;
    /** `GET /v2/notifications` requests answered. */
    lookups: number;
  };
  close(): Promise<void>;
}

type Answer = { status: number; body: unknown };

const error = (status: number, name: string, message: string): Answer => ({
  status,
  body: { status_code: status, errors: [{ error: name, message }] },
});

/** Notify's statuses one may filter by, as its schema lists them. */
const STATUSES = [
  'cancelled',
  'created',
  'sending',
  'sent',
  'delivered',
  'pending',
  'failed',
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'pending-virus-check',
  'validation-failed',
  'virus-scan-failed',
  'returned-letter',
  'accepted',
  'received',
];

/**
 * Notify's e-mail check (notifications-utils `validate_email_address`): the local part from a
 * fixed set of characters, no two dots in a row, and a domain of at least two labels with a TLD.
 */
export function isNotifyEmailAddress(address: string): boolean {
  const match = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@([^.@][^@\s]+)$/.exec(address.trim());
  if (!match || address.length > 320 || address.includes('..')) return false;
  const parts = match[1].toLowerCase().split('.');
  if (parts.length < 2) return false;
  const tld = parts.pop()!;
  return (
    parts.every((part) => part.length <= 63 && /^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$/.test(part)) &&
    /^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$/.test(tld)
  );
}

/** Tokens refill continuously at the rate and are spent one per request, as Notify's limiter. */
class TokenBucket {
  private tokens: number;
  private at = Date.now();

  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
  ) {
    this.tokens = capacity;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.at) * this.perMs);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Verifies Notify's JWT (HS256 with the key's secret, `iss` the service id, `iat` within 30 s). */
function authenticate(header: string | undefined, serviceId: string, secret: string): Answer | undefined {
  if (!header) return error(401, 'AuthError', 'Unauthorized: authentication token must be provided');
  if (!/^bearer /i.test(header))
    return error(401, 'AuthError', 'Unauthorized: authentication bearer scheme must be used');
  const notValid = error(403, 'AuthError', 'Invalid token: signature, api token is not valid');
  const [head, payload, signature, ...rest] = header.slice(7).trim().split('.');
  if (!head || !payload || signature === undefined || rest.length) return notValid;
  let claims: { iss?: unknown; iat?: unknown };
  try {
    const alg = (JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: unknown }).alg;
    if (alg !== 'HS256') return notValid;
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as typeof claims;
  } catch {
    return notValid;
  }
  if (typeof claims.iss !== 'string') return error(403, 'AuthError', 'Invalid token: iss field not provided');
  if (claims.iss !== serviceId) return error(403, 'AuthError', 'Invalid token: service not found');
  const expected = createHmac('sha256', secret).update(`${head}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return error(403, 'AuthError', 'Invalid token: API key not found');
  }
  if (typeof claims.iat !== 'number') return error(403, 'AuthError', 'Invalid token: iat field not provided');
  if (Math.abs(Date.now() / 1000 - claims.iat) > 30) {
    return error(403, 'AuthError', 'Error: Your system clock must be accurate to within 30 seconds');
  }
  return undefined;
}

/** A token as Notify's clients make it, for tests of the fake's checks. */
export function notifyToken(serviceId: string, secret: string, iat = Math.round(Date.now() / 1000)): string {
  const head = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const payload = base64url(JSON.stringify({ iss: serviceId, iat }));
  return `${head}.${payload}.${base64url(createHmac('sha256', secret).update(`${head}.${payload}`).digest())}`;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString() || 'null');
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startNotifyFake(options: NotifyFakeOptions = {}): Promise<NotifyFake> {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const templateId = randomUUID();
  const templates = options.templates ?? { [templateId]: { subject: '((subject))', body: '((body))' } };
  const rate = options.ratePerMinute ?? 3000;
  const bucket = new TokenBucket(options.bucketCapacity ?? Math.min(Math.ceil(rate / 3) + 1, 1001), rate / 60_000);
  const keyType = options.keyType ?? 'LIVE';
  const held: FakeNotification[] = [];
  const byReference = new Map<string, number>();
  const counts: NotifyFake['counts'] = {
    requests: 0,
    accepted: 0,
    rateLimited: 0,
    serverErrors: 0,
    authErrors: 0,
    lookups: 0,
  };
  let failures: { afterAccepting: boolean }[] = [];
  let answerDelayMs = 0;
  let limitedUntil = 0;
  let url = '';

  const send = (body: unknown): Answer => {
    const request = (body ?? {}) as Record<string, unknown>;
    // Schema first, as Notify validates the request before anything else.
    const problems: string[] = [];
    if (typeof request.email_address !== 'string') problems.push('email_address is a required property');
    else if (!isNotifyEmailAddress(request.email_address)) problems.push('email_address Not a valid email address');
    if (typeof request.template_id !== 'string') problems.push('template_id is a required property');
    else if (!/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(request.template_id)) {
      problems.push('template_id is not a valid UUID');
    }
    if (request.reference !== undefined && typeof request.reference !== 'string') {
      problems.push('reference is not of type string');
    }
    if (problems.length) {
      return {
        status: 400,
        body: { status_code: 400, errors: problems.map((message) => ({ error: 'ValidationError', message })) },
      };
    }
    if (Date.now() < limitedUntil || !bucket.take()) {
      counts.rateLimited += 1;
      return error(
        429,
        'RateLimitError',
        `Exceeded rate limit for key type ${keyType} of ${rate} requests per 60 seconds`,
      );
    }
    if (options.dailyLimit !== undefined && counts.accepted >= options.dailyLimit) {
      return error(429, 'TooManyRequestsError', `Exceeded send limits (${options.dailyLimit}) for today`);
    }
    const template = templates[request.template_id as string];
    if (!template) return error(400, 'BadRequestError', 'Template not found');
    const personalisation = (request.personalisation ?? {}) as Record<string, unknown>;
    const placeholders = [...`${template.subject} ${template.body}`.matchAll(/\(\(([^)]+)\)\)/g)].map((m) => m[1]);
    const missing = placeholders.filter((p) => personalisation[p] === undefined);
    if (missing.length) return error(400, 'BadRequestError', `Missing personalisation: ${missing.join(', ')}`);
    const fill = (text: string) => text.replace(/\(\(([^)]+)\)\)/g, (_, p: string) => String(personalisation[p]));

    const failure = failures.shift();
    if (failure && !failure.afterAccepting) {
      counts.serverErrors += 1;
      return error(500, 'Exception', 'Internal server error');
    }
    const notification: FakeNotification = {
      id: randomUUID(),
      reference: (request.reference as string | undefined) ?? null,
      email_address: request.email_address as string,
      type: 'email',
      status: 'sending',
      template: {
        id: request.template_id as string,
        version: 1,
        uri: `${url}/v2/template/${request.template_id as string}`,
      },
      subject: fill(template.subject),
      body: fill(template.body),
      created_at: new Date().toISOString(),
    };
    held.push(notification);
    counts.accepted += 1;
    if (notification.reference)
      byReference.set(notification.reference, (byReference.get(notification.reference) ?? 0) + 1);
    if (failure) {
      counts.serverErrors += 1;
      return error(500, 'Exception', 'Internal server error');
    }
    return {
      status: 201,
      body: {
        id: notification.id,
        reference: notification.reference,
        content: {
          subject: notification.subject,
          body: notification.body,
          from_email: 'commend@notifications.service.gov.uk',
        },
        uri: `${url}/v2/notifications/${notification.id}`,
        template: notification.template,
        scheduled_for: null,
      },
    };
  };

  const list = (query: URLSearchParams): Answer => {
    counts.lookups += 1;
    const type = query.get('template_type');
    const status = query.get('status');
    const reference = query.get('reference');
    if (type && !['sms', 'email', 'letter'].includes(type)) {
      return error(400, 'ValidationError', `template_type ${type} is not one of [sms, email, letter]`);
    }
    if (status && !STATUSES.includes(status)) {
      return error(400, 'ValidationError', `status ${status} is not one of [${STATUSES.join(', ')}]`);
    }
    const found = held
      .filter(
        (n) =>
          (!type || n.type === type) && (!status || n.status === status) && (!reference || n.reference === reference),
      )
      .reverse(); // newest first, as Notify lists them
    return {
      status: 200,
      body: { notifications: found, links: { current: `${url}/v2/notifications?${query.toString()}` } },
    };
  };

  const answer = async (req: IncomingMessage): Promise<Answer> => {
    const denied = authenticate(req.headers.authorization, serviceId, secret);
    if (denied) {
      counts.authErrors += 1;
      return denied;
    }
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://notify.invalid');
    if (req.method === 'POST' && pathname === '/v2/notifications/email') {
      let body: unknown;
      try {
        body = await readJson(req);
      } catch {
        return error(400, 'BadRequestError', 'Invalid JSON supplied in POST data');
      }
      const answer = send(body);
      if (answer.status === 201 && answerDelayMs > 0)
        await new Promise((resolve) => setTimeout(resolve, answerDelayMs));
      return answer;
    }
    if (req.method === 'GET' && pathname === '/v2/notifications') return list(searchParams);
    return error(404, 'NoResultFound', 'No result found');
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    counts.requests += 1;
    answer(req).then(
      ({ status, body }) => {
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      },
      () => {
        counts.serverErrors += 1;
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(error(500, 'Exception', 'Internal server error').body));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const apiKey = `commend_test-${serviceId}-${secret}`;

  return {
    url,
    apiKey,
    serviceId,
    templateId,
    env: () => ({
      MAIL_TRANSPORT: 'notify',
      NOTIFY_API_KEY: apiKey,
      NOTIFY_TEMPLATE_ID: templateId,
      NOTIFY_BASE_URL: url,
      NOTIFY_RATE_LIMIT_PER_MINUTE: String(rate),
    }),
    failNext: (n, { afterAccepting = false } = {}) => {
      failures = [...failures, ...Array.from({ length: n }, () => ({ afterAccepting }))];
    },
    rateLimitFor: (ms) => {
      limitedUntil = Date.now() + ms;
    },
    delayAnswers: (ms) => {
      answerDelayMs = ms;
    },
    notifications: () => [...held],
    acceptedByReference: () => new Map(byReference),
    counts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
