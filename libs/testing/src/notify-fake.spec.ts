import { NotifyClient } from 'notifications-node-client';
import { isNotifyEmailAddress, notifyToken, startNotifyFake, type NotifyFake } from './notify-fake';

const sendBody = (fake: NotifyFake, extra: Record<string, unknown> = {}) => ({
  email_address: 'sam.patel@example.nhs.uk',
  template_id: fake.templateId,
  personalisation: { subject: 'Hello', body: 'Words' },
  reference: 'ref-1',
  ...extra,
});

const post = (fake: NotifyFake, authorization: string | undefined, body: unknown) =>
  fetch(`${fake.url}/v2/notifications/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body: JSON.stringify(body),
  });

describe('The GOV.UK Notify fake', () => {
  const started: NotifyFake[] = [];
  const start = async (options?: Parameters<typeof startNotifyFake>[0]) => {
    const fake = await startNotifyFake(options);
    started.push(fake);
    return fake;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((fake) => fake.close()));
  });

  it("accepts the real client's request and answers with Notify's shape, listing it by reference", async () => {
    const fake = await start();
    const client = new NotifyClient(fake.url, fake.apiKey);

    const sent = await client.sendEmail(fake.templateId, 'sam.patel@example.nhs.uk', {
      personalisation: { subject: 'Your nomination is in', body: 'Thank you' },
      reference: 'row-1',
    });

    expect(sent.status).toBe(201);
    expect(sent.data).toMatchObject({
      reference: 'row-1',
      content: { subject: 'Your nomination is in', body: 'Thank you' },
      template: { id: fake.templateId, version: 1 },
      uri: `${fake.url}/v2/notifications/${sent.data.id}`,
    });
    const listed = await client.getNotifications('email', undefined, 'row-1');
    expect(listed.data.notifications.map((n) => n.id)).toEqual([sent.data.id]);
    expect((await client.getNotifications('email', undefined, 'row-2')).data.notifications).toEqual([]);
    expect(fake.acceptedByReference()).toEqual(new Map([['row-1', 1]]));
  });

  it('refuses a missing, unsigned, wrongly signed, foreign or stale token as Notify does', async () => {
    const fake = await start();
    const secret = fake.apiKey.slice(-36);
    const now = Math.round(Date.now() / 1000);
    const cases: [string | undefined, number, string][] = [
      [undefined, 401, 'Unauthorized: authentication token must be provided'],
      [`Basic ${notifyToken(fake.serviceId, secret)}`, 401, 'Unauthorized: authentication bearer scheme must be used'],
      ['Bearer not-a-token', 403, 'Invalid token: signature, api token is not valid'],
      [`Bearer ${notifyToken(fake.serviceId, 'another-secret')}`, 403, 'Invalid token: API key not found'],
      [`Bearer ${notifyToken('another-service', secret)}`, 403, 'Invalid token: service not found'],
      [
        `Bearer ${notifyToken(fake.serviceId, secret, now - 31)}`,
        403,
        'Error: Your system clock must be accurate to within 30 seconds',
      ],
      [
        `Bearer ${notifyToken(fake.serviceId, secret, now + 31)}`,
        403,
        'Error: Your system clock must be accurate to within 30 seconds',
      ],
    ];
    for (const [authorization, status, message] of cases) {
      const res = await post(fake, authorization, sendBody(fake));
      expect({ status: res.status, body: await res.json() }).toEqual({
        status,
        body: { status_code: status, errors: [{ error: 'AuthError', message }] },
      });
    }
    const fresh = await post(fake, `Bearer ${notifyToken(fake.serviceId, secret, now - 29)}`, sendBody(fake));
    expect(fresh.status).toBe(201);
    expect(fake.counts).toMatchObject({ authErrors: cases.length, accepted: 1 });
  });

  it("answers a bad address and an unknown template with Notify's 400s, echoing no address", async () => {
    const fake = await start();
    const auth = `Bearer ${notifyToken(fake.serviceId, fake.apiKey.slice(-36))}`;

    const address = await post(fake, auth, sendBody(fake, { email_address: '"sam"@example.nhs.uk' }));
    const template = await post(fake, auth, sendBody(fake, { template_id: '0b3c1f55-9d43-4d2c-8f0e-3a4d2f6b1c7e' }));

    expect([address.status, await address.json()]).toEqual([
      400,
      { status_code: 400, errors: [{ error: 'ValidationError', message: 'email_address Not a valid email address' }] },
    ]);
    expect([template.status, await template.json()]).toEqual([
      400,
      { status_code: 400, errors: [{ error: 'BadRequestError', message: 'Template not found' }] },
    ]);
    expect(fake.counts.accepted).toBe(0);
  });

  it("lets a burst of the bucket's size through, then refuses with 429 until tokens come back at the rate", async () => {
    // 600 a minute is 10 a second: one token every 100 ms.
    const fake = await start({ ratePerMinute: 600, bucketCapacity: 5 });
    const auth = () => `Bearer ${notifyToken(fake.serviceId, fake.apiKey.slice(-36))}`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await post(fake, auth(), sendBody(fake, { reference: `b-${i}` }))).status);

    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const refused = await post(fake, auth(), sendBody(fake));
    expect(await refused.json()).toEqual({
      status_code: 429,
      errors: [
        { error: 'RateLimitError', message: 'Exceeded rate limit for key type LIVE of 600 requests per 60 seconds' },
      ],
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await post(fake, auth(), sendBody(fake))).status).toBe(201);
    expect(fake.counts.rateLimited).toBe(3);
  });

  it('fails the next sends with 500s when told, before or after accepting them', async () => {
    const fake = await start();
    const auth = () => `Bearer ${notifyToken(fake.serviceId, fake.apiKey.slice(-36))}`;
    fake.failNext(1);
    fake.failNext(1, { afterAccepting: true });

    const first = await post(fake, auth(), sendBody(fake, { reference: 'x' }));
    const second = await post(fake, auth(), sendBody(fake, { reference: 'x' }));
    const third = await post(fake, auth(), sendBody(fake, { reference: 'x' }));

    expect([first.status, second.status, third.status]).toEqual([500, 500, 201]);
    expect(await first.json()).toEqual({
      status_code: 500,
      errors: [{ error: 'Exception', message: 'Internal server error' }],
    });
    expect(fake.acceptedByReference().get('x')).toBe(2); // the second was accepted before its 500
  });

  it("checks addresses as Notify's validator does", () => {
    expect(['sam.patel@example.nhs.uk', "o'neil+awards@trust.nhs.uk", 'a@b.co'].map(isNotifyEmailAddress)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['"sam"@example.nhs.uk', 'sam..patel@example.nhs.uk', 'sam@localhost', 'sam@example.c', 'sam@-example.com'].map(
        isNotifyEmailAddress,
      ),
    ).toEqual([false, false, false, false, false]);
  });
});
