import { type AnnouncedAward, type AnnouncementInput, announcedName, renderAnnouncement } from './announcement-content';

const award = (overrides: Partial<AnnouncedAward>): AnnouncedAward => ({
  kind: 'winner',
  nomineeName: 'Sam Patel',
  team: "Children's Services",
  citation: 'Sam rebuilt the referral pathway.',
  ...overrides,
});

const input = (overrides: Partial<AnnouncementInput> = {}): AnnouncementInput => ({
  programmeName: 'Safeguarding Awards 2027',
  // 21 March 2027 in London (GMT); already 22 March in Sydney.
  publishedAt: new Date('2027-03-21T18:00:00Z'),
  timeZone: 'Europe/London',
  categories: [
    {
      name: 'Safeguarding Award',
      // Deliberately out of order: the renderer must sort.
      awards: [
        award({
          kind: 'highly_commended',
          nomineeName: 'Jo Brown',
          team: 'Adult Social Care',
          citation: 'Jo listened.',
        }),
        award({ kind: 'runner_up', nomineeName: 'Ali Khan', team: null, citation: 'Ali trained the team.' }),
        award({ kind: 'winner' }),
      ],
    },
  ],
  ...overrides,
});

describe('announcedName', () => {
  it('names the person and their team when they consented', () => {
    expect(announcedName({ nomineeName: 'Sam Patel', team: 'Children in Need East' })).toBe(
      'Sam Patel, Children in Need East',
    );
  });

  it('names only the team for a team nomination', () => {
    expect(announcedName({ nomineeName: 'Rapid Response Team', team: null })).toBe('Rapid Response Team');
  });

  it('credits the team without naming a person who did not consent', () => {
    expect(announcedName({ nomineeName: null, team: 'Children in Need East' })).toBe(
      'A colleague in Children in Need East',
    );
  });

  it('falls back to "A colleague" when neither is known, also for blank strings', () => {
    expect(announcedName({ nomineeName: null, team: null })).toBe('A colleague');
    expect(announcedName({ nomineeName: '  ', team: '' })).toBe('A colleague');
  });
});

describe('renderAnnouncement', () => {
  it('is a complete, accessible HTML page with no scripts or external resources', () => {
    const { html } = renderAnnouncement(input());

    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Safeguarding Awards 2027 — winners</title>');
    expect(html).toContain('<h1>Safeguarding Awards 2027 — winners</h1>');
    expect(html).toContain('<h2 id="category-1">Safeguarding Award</h2>');
    expect(html).toMatch(/<main>[\s\S]*<ul>[\s\S]*<\/ul>[\s\S]*<\/main>/);
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:/i);
  });

  it('lists winner, then runner-up, then highly commended, with plain-English labels', () => {
    const { html, text } = renderAnnouncement(input());

    const order = (s: string) => ['Winner', 'Runner-up', 'Highly commended'].map((label) => s.indexOf(label));
    for (const rendered of [html, text]) {
      const [winner, runnerUp, commended] = order(rendered);
      expect(winner).toBeGreaterThan(-1);
      expect(winner).toBeLessThan(runnerUp);
      expect(runnerUp).toBeLessThan(commended);
    }
    expect(text).toContain("Winner: Sam Patel, Children's Services");
    expect(text).toContain('Runner-up: Ali Khan');
    expect(text).toContain('Highly commended: Jo Brown, Adult Social Care');
    expect(text).not.toMatch(/runner_up|highly_commended/);
  });

  it('keeps joint winners in the order given', () => {
    const { text } = renderAnnouncement(
      input({
        categories: [
          {
            name: 'Team of the Year',
            awards: [
              award({ kind: 'runner_up', nomineeName: 'C' }),
              award({ kind: 'winner', nomineeName: 'A' }),
              award({ kind: 'winner', nomineeName: 'B' }),
            ],
          },
        ],
      }),
    );

    expect(text.indexOf('Winner: A')).toBeLessThan(text.indexOf('Winner: B'));
    expect(text.indexOf('Winner: B')).toBeLessThan(text.indexOf('Runner-up: C'));
  });

  it('names the team, never "null", when the nominee did not consent', () => {
    const { html, text } = renderAnnouncement(
      input({
        categories: [
          {
            name: 'Safeguarding Award',
            awards: [
              award({ nomineeName: null, team: 'Children in Need East' }),
              award({ kind: 'runner_up', nomineeName: null, team: null }),
            ],
          },
        ],
      }),
    );

    expect(text).toContain('Winner: A colleague in Children in Need East');
    expect(text).toContain('Runner-up: A colleague');
    expect(html).toContain('A colleague in Children in Need East');
    expect(html).not.toContain('null');
    expect(text).not.toContain('null');
  });

  it('escapes every interpolated string, so a <script> in a citation never appears raw', () => {
    const hostile = '<script>alert("x")</script>';
    const { html } = renderAnnouncement({
      programmeName: `Awards <b>& "friends"</b>`,
      publishedAt: new Date('2027-03-21T12:00:00Z'),
      timeZone: 'Europe/London',
      categories: [
        {
          name: `Category <i>'one'</i>`,
          awards: [award({ nomineeName: '<img src=x>', team: '<svg onload=y>', citation: `Before ${hostile} after` })],
        },
      ],
    });

    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('Before &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; after');
    expect(html).toContain('<title>Awards &lt;b&gt;&amp; &quot;friends&quot;&lt;/b&gt; — winners</title>');
    expect(html).toContain('Category &lt;i&gt;&#39;one&#39;&lt;/i&gt;');
  });

  it('puts every citation in both versions', () => {
    const { html, text } = renderAnnouncement(input());

    for (const citation of ['Sam rebuilt the referral pathway.', 'Ali trained the team.', 'Jo listened.']) {
      expect(html).toContain(citation);
      expect(text).toContain(citation);
    }
  });

  it('dates the announcement in the programme time zone, in en-GB', () => {
    const { html, text } = renderAnnouncement(input());

    expect(text).toContain('Announced 21 March 2027');
    expect(html).toContain('<time datetime="2027-03-21">21 March 2027</time>');
  });

  it('uses the local day, not the UTC day, in British Summer Time', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    const { html, text } = renderAnnouncement(input({ publishedAt: new Date('2027-06-30T23:30:00Z') }));

    expect(text).toContain('Announced 1 July 2027');
    expect(html).toContain('<time datetime="2027-07-01">1 July 2027</time>');
  });

  it('says so when a category has no awards', () => {
    const { html, text } = renderAnnouncement(input({ categories: [{ name: 'Innovation', awards: [] }] }));

    expect(text).toMatch(/Innovation\n-+\n\nNo award was made in this category\./);
    expect(html).toContain('<p>No award was made in this category.</p>');
    expect(html).not.toContain('<ul>');
  });

  it('wraps the text version for e-mail, indenting citations and keeping every word', () => {
    const citation = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { text } = renderAnnouncement(
      input({ categories: [{ name: 'Safeguarding Award', awards: [award({ citation })] }] }),
    );

    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(72);
    const citationLines = lines.filter((l) => l.startsWith('  word'));
    expect(citationLines.length).toBeGreaterThan(1);
    expect(citationLines.map((l) => l.trim()).join(' ')).toBe(citation);
  });

  it('keeps citation paragraphs apart in both versions', () => {
    const { html, text } = renderAnnouncement(
      input({
        categories: [{ name: 'Safeguarding Award', awards: [award({ citation: 'First part.\n\nSecond part.' })] }],
      }),
    );

    expect(html).toContain('<p class="citation">First part.</p>\n<p class="citation">Second part.</p>');
    expect(text).toContain('  First part.\n\n  Second part.');
  });

  it('renders the plain text as a readable e-mail', () => {
    const { text } = renderAnnouncement(input());

    expect(text).toBe(
      [
        'Safeguarding Awards 2027 — winners',
        'Announced 21 March 2027',
        '',
        '',
        'Safeguarding Award',
        '------------------',
        '',
        "Winner: Sam Patel, Children's Services",
        '  Sam rebuilt the referral pathway.',
        '',
        'Runner-up: Ali Khan',
        '  Ali trained the team.',
        '',
        'Highly commended: Jo Brown, Adult Social Care',
        '  Jo listened.',
        '',
      ].join('\n'),
    );
  });
});
