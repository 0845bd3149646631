import { startNotifyFake, type NotifyFake } from '@commend/testing';
import { DeliveryError, NotifyTransport } from './mail-transport';

const message = { subject: 'Your nomination is in', text: 'Thank you for nominating.', html: '<p>Thank you</p>' };

describe('NotifyTransport against the Notify fake', () => {
  let fake: NotifyFake;
  let transport: NotifyTransport;
  let commits: number;
  const commit = () => {
    commits += 1;
    return Promise.resolve();
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: DeliveryError) => ({
        name: error.name,
        failure: error.failure,
        message: error.message,
        retryAfterMs: error.retryAfterMs,
      }),
    );

  beforeEach(async () => {
    // A token a second, two at once: the third send in a row is over the limit.
    fake = await startNotifyFake({ ratePerMinute: 60, bucketCapacity: 2 });
    transport = new NotifyTransport(
      { apiKey: fake.apiKey, templateId: fake.templateId, baseUrl: fake.url, ratePerMinute: 60 },
      2_000,
    );
    commits = 0;
  });
  afterEach(async () => {
    await fake.close().catch(() => undefined);
  });

  it('sends through the template with the reference, commits after the 201, and finds it again by reference', async () => {
    await transport.send('sam.patel@example.nhs.uk', message, 'row-1', commit);

    expect(commits).toBe(1);
    expect(fake.notifications()).toEqual([
      expect.objectContaining({
        reference: 'row-1',
        subject: message.subject,
        body: message.text,
        email_address: 'sam.patel@example.nhs.uk',
      }),
    ]);
    expect(await transport.alreadyAccepted('row-1')).toBe(true);
    expect(await transport.alreadyAccepted('row-2')).toBe(false);
  });

  it("refuses a bad address for good with Notify's message, which carries no address", async () => {
    expect(await refusal(transport.send('"sam"@example.nhs.uk', message, 'row-1', commit))).toEqual({
      name: 'DeliveryError',
      failure: 'permanent',
      message: 'GOV.UK Notify 400: ValidationError: email_address Not a valid email address',
      retryAfterMs: undefined,
    });
    expect(commits).toBe(0);
  });

  it('refuses an unknown template and a wrong key for good', async () => {
    const unknown = new NotifyTransport({
      apiKey: fake.apiKey,
      templateId: '0b3c1f55-9d43-4d2c-8f0e-3a4d2f6b1c7e',
      baseUrl: fake.url,
      ratePerMinute: 3000,
    });
    const wrongKey = new NotifyTransport({
      apiKey: `commend_test-${fake.serviceId}-0b3c1f55-9d43-4d2c-8f0e-3a4d2f6b1c7e`,
      templateId: fake.templateId,
      baseUrl: fake.url,
      ratePerMinute: 3000,
    });

    expect(await refusal(unknown.send('sam.patel@example.nhs.uk', message, 'r', commit))).toMatchObject({
      failure: 'permanent',
      message: 'GOV.UK Notify 400: BadRequestError: Template not found',
    });
    expect(await refusal(wrongKey.send('sam.patel@example.nhs.uk', message, 'r', commit))).toMatchObject({
      failure: 'permanent',
      message: 'GOV.UK Notify 403: AuthError: Invalid token: API key not found',
    });
    expect(await refusal(wrongKey.alreadyAccepted('r'))).toMatchObject({ failure: 'permanent' });
  });

  it("is throttled by Notify's 429, waiting a second's worth of tokens, and temporarily refused by a 500", async () => {
    await transport.send('a@example.nhs.uk', message, 'a', commit);
    await transport.send('b@example.nhs.uk', message, 'b', commit);
    expect(await refusal(transport.send('c@example.nhs.uk', message, 'c', commit))).toEqual({
      name: 'DeliveryError',
      failure: 'throttled',
      message: 'GOV.UK Notify 429: RateLimitError: Exceeded rate limit for key type LIVE of 60 requests per 60 seconds',
      retryAfterMs: 1_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // a token's time
    fake.failNext(1);
    expect(await refusal(transport.send('c@example.nhs.uk', message, 'c', commit))).toMatchObject({
      failure: 'temporary',
      message: 'GOV.UK Notify 500: Exception: Internal server error',
    });
    expect(commits).toBe(2);
  });

  it('is temporarily refused when Notify cannot be reached', async () => {
    await fake.close();
    expect(await refusal(transport.send('a@example.nhs.uk', message, 'a', commit))).toMatchObject({
      failure: 'temporary',
      message: expect.stringMatching(/^GOV\.UK Notify unreachable \(ECONNREFUSED/),
    });
    expect(await refusal(transport.alreadyAccepted('a'))).toMatchObject({ failure: 'temporary' });
  });

  it('waits for a daily limit without spending attempts, looking again every 15 minutes', async () => {
    const limited = await startNotifyFake({ dailyLimit: 0 });
    const t = new NotifyTransport({
      apiKey: limited.apiKey,
      templateId: limited.templateId,
      baseUrl: limited.url,
      ratePerMinute: 3000,
    });
    try {
      expect(await refusal(t.send('a@example.nhs.uk', message, 'a', commit))).toEqual({
        name: 'DeliveryError',
        failure: 'throttled',
        message: 'GOV.UK Notify 429: TooManyRequestsError: Exceeded send limits (0) for today',
        retryAfterMs: 15 * 60_000,
      });
    } finally {
      await limited.close();
    }
  });
});
