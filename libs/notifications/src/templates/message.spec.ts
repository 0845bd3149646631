import { message } from './message';
import { MESSAGES } from './messages';

describe('message', () => {
  const input = {
    subject: 'Your nomination of Sam <Patel> is in',
    greeting: 'Dear Alex,',
    paragraphs: ['Thank you & well done.', 'Second "paragraph".'],
    link: { text: 'See it', url: 'https://awards.example.nhs.uk/nominations/1?a=1&b=2' },
    programme: 'Social Work Week 2027 Awards',
  };

  it('writes the same paragraphs as plain text, with the link and the programme', () => {
    const { subject, text } = message(input);
    expect(subject).toBe('Your nomination of Sam <Patel> is in');
    expect(text).toBe(
      [
        'Dear Alex,',
        '',
        'Thank you & well done.',
        '',
        'Second "paragraph".',
        '',
        'See it: https://awards.example.nhs.uk/nominations/1?a=1&b=2',
        '',
        'Social Work Week 2027 Awards — sent by Commend. Please do not reply to this e-mail.',
      ].join('\n'),
    );
  });

  it('escapes every value in the HTML', () => {
    const { html } = message(input);
    expect(html).toContain('<title>Your nomination of Sam &lt;Patel&gt; is in</title>');
    expect(html).toContain('<p>Thank you &amp; well done.</p>');
    expect(html).toContain('<p>Second &quot;paragraph&quot;.</p>');
    expect(html).toContain('<a href="https://awards.example.nhs.uk/nominations/1?a=1&amp;b=2">See it</a>');
    expect(html).not.toContain('<Patel>');
  });

  it('leaves the link out when there is none', () => {
    const { text, html } = message({ ...input, link: undefined });
    expect(text).not.toContain('See it');
    expect(html).not.toContain('<a ');
  });
});

describe('the links in every message', () => {
  const appUrl = 'https://awards.example.nhs.uk';
  const c = { appUrl, programmeId: 'p1', programme: 'Social Work Week 2027 Awards', recipientName: 'Alex' };
  const all = [
    MESSAGES.nominationReceipt(c, { id: 'n1', reference: 'SWW27-0001', nominee: 'Sam', category: 'Team' }),
    MESSAGES.screeningOutcome(c, { id: 'n1', reference: 'SWW27-0001', nominee: 'Sam', eligible: true, reason: null }),
    MESSAGES.judgeAssigned(c, { category: 'Team', chair: false }),
    MESSAGES.judgingReminder(c, { outstanding: 2, closesAt: '21 March 2027' }),
    MESSAGES.awarded(c, { category: 'Team', kind: 'winner', citation: 'For care' }),
    MESSAGES.nominatorOfAwarded(c, { nominee: 'Sam', category: 'Team', kind: 'winner' }),
    MESSAGES.thanksNominee(c, { category: 'Team' }),
    MESSAGES.thanksNominator(c, { nominee: 'Sam', category: 'Team' }),
    MESSAGES.thanksJudge(c),
    MESSAGES.consentRequest(c, { category: 'Team', token: 'n1.a-b_c', wording: 'Published on the wall.' }),
  ];

  it("start at APP_URL and go to the browser app's nomination page, the API documentation, the public winners page or the consent page", () => {
    const links = all.map((m) => /: (https:\/\/\S+)$/m.exec(m.text)?.[1]);

    expect(links).toEqual([
      `${appUrl}/nominations/n1`,
      `${appUrl}/api/docs#/nominations/NominationsController_mine`,
      `${appUrl}/api/docs#/judging/JudgingController_assignments`,
      `${appUrl}/api/docs#/judging/JudgingController_assignments`,
      ...Array.from({ length: 5 }, () => `${appUrl}/winners/p1`),
      `${appUrl}/api/v1/public/consent?token=n1.a-b_c`,
    ]);
  });
});
