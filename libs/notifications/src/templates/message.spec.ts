import { message } from './message';

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
