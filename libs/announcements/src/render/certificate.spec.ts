import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import {
  type CertificateInput,
  certificateLayout,
  certificateLines,
  renderCertificate,
  toWinAnsi,
} from './certificate';

const input = (overrides: Partial<CertificateInput> = {}): CertificateInput => ({
  programmeName: 'Safeguarding Awards 2027',
  categoryName: 'Safeguarding Award',
  kind: 'winner',
  nomineeName: 'Sam Patel',
  citation:
    'Sam rebuilt the referral pathway for children at risk, cut the time from referral to first visit ' +
    'from eleven days to three, and trained forty colleagues across three teams to use it with confidence.',
  date: new Date('2027-03-21T12:00:00Z'),
  timeZone: 'Europe/London',
  ...overrides,
});

/** The strings drawn with Tj, read back out of the page's (compressed) content stream. */
async function drawnText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const operators = streams
    .map((stream) => {
      if (!(stream instanceof PDFRawStream)) throw new Error('expected a content stream');
      return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    })
    .join('\n');
  const winAnsi = new TextDecoder('windows-1252');
  return [...operators.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map((m) => winAnsi.decode(Buffer.from(m[1], 'hex')));
}

describe('toWinAnsi', () => {
  it('keeps Latin-1 letters, curly quotes, dashes and the euro sign', () => {
    const text = 'Zoë Ó Briain’s “thank you” — café, naïve, €5';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('keeps "Zoë" typed with a combining diaeresis, as the single letter ë', () => {
    expect(toWinAnsi('Zoe\u0308')).toBe('Zoë');
  });

  it('replaces an emoji with one "?", even one built from several code points', () => {
    expect(toWinAnsi('Thanks 🎉')).toBe('Thanks ?');
    expect(toWinAnsi('Great 👍🏽!')).toBe('Great ?!');
  });

  it('replaces CJK characters with "?" and drops accents WinAnsi lacks', () => {
    expect(toWinAnsi('李 Dvořák Łukasz')).toBe('? Dvorák ?ukasz');
  });

  it('turns tabs and line breaks into spaces and drops invisible characters', () => {
    expect(toWinAnsi('a\tb\nc\u200Bd')).toBe('a b cd');
  });
});

describe('certificateLines', () => {
  it('has the title, the name, the award, the programme, the citation and the date, in that order', () => {
    const lines = certificateLines(input());

    const at = (text: string) => lines.indexOf(text);
    expect(lines[0]).toBe('Certificate of Achievement');
    expect(at('awarded to')).toBe(1);
    expect(at('Sam Patel')).toBe(2);
    expect(at('Winner — Safeguarding Award')).toBe(3);
    expect(at('Safeguarding Awards 2027')).toBe(4);
    expect(lines[lines.length - 1]).toBe('21 March 2027');
    const citation = lines.slice(5, -1);
    expect(citation.length).toBeGreaterThan(1);
    expect(citation.join(' ')).toBe(input().citation);
  });

  it('uses "Certificate of Commendation" and "Highly commended" for a commendation', () => {
    const lines = certificateLines(input({ kind: 'highly_commended' }));

    expect(lines[0]).toBe('Certificate of Commendation');
    expect(lines).toContain('Highly commended — Safeguarding Award');
  });

  it('labels a runner-up in plain English', () => {
    const lines = certificateLines(input({ kind: 'runner_up' }));

    expect(lines[0]).toBe('Certificate of Achievement');
    expect(lines).toContain('Runner-up — Safeguarding Award');
  });

  it('dates the certificate in the programme time zone', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    const lines = certificateLines(input({ date: new Date('2027-06-30T23:30:00Z') }));

    expect(lines[lines.length - 1]).toBe('1 July 2027');
  });

  it('keeps "Zoë" and replaces an emoji, so drawing cannot throw', () => {
    const lines = certificateLines(input({ nomineeName: 'Zoë Smith', citation: 'Always kind 💙' }));

    expect(lines).toContain('Zoë Smith');
    expect(lines).toContain('Always kind ?');
  });

  it('wraps the citation to the page and fits a very long one on the page', () => {
    const citation = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const layout = certificateLayout(input({ citation }));

    const citationLines = layout.filter((l) => l.font === 'italic' && l.text !== 'awarded to');
    expect(citationLines.length).toBeGreaterThan(3);
    expect(citationLines[citationLines.length - 1].text.endsWith('…')).toBe(true);
    const height = layout.reduce((sum, l) => sum + l.gapBefore + l.size * 1.25, 0);
    expect(height).toBeLessThanOrEqual(595.28 - 2 * 72);
  });

  it('shrinks a long name to fit one line before wrapping it', () => {
    const layout = certificateLayout(input({ nomineeName: 'Professor Dame Alexandra Montgomery-Fitzwilliam' }));

    const name = layout.filter((l) => l.text.includes('Montgomery'));
    expect(name).toHaveLength(1);
    expect(name[0].size).toBeLessThan(40);
  });
});

describe('renderCertificate', () => {
  it('is a one-page landscape PDF', async () => {
    const bytes = await renderCertificate(input());

    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeGreaterThan(height);
    expect(Math.round(width)).toBe(842); // A4
    expect(Math.round(height)).toBe(595);
  });

  it('names the award and the person in the title metadata', async () => {
    const bytes = await renderCertificate(input());

    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Safeguarding Award — Winner — Sam Patel');
  });

  it('keeps the name exactly in the metadata, which is not limited to WinAnsi', async () => {
    const bytes = await renderCertificate(input({ nomineeName: 'Zoë 李' }));

    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Safeguarding Award — Winner — Zoë 李');
  });

  it('draws exactly the lines certificateLines gives', async () => {
    const bytes = await renderCertificate(input({ nomineeName: 'Zoë Smith' }));

    const drawn = await drawnText(bytes);
    expect(drawn).toEqual(certificateLines(input({ nomineeName: 'Zoë Smith' })));
    expect(drawn).toContain('Zoë Smith');
    expect(drawn).toContain('Winner — Safeguarding Award');
  });

  it('does not throw on characters the standard fonts cannot draw', async () => {
    const bytes = await renderCertificate(
      input({ nomineeName: '李 🎉', categoryName: 'Team 🙌', citation: 'Thanks 🙏 from everyone' }),
    );

    const drawn = await drawnText(bytes);
    expect(drawn).toContain('? ?');
    expect(drawn).toContain('Winner — Team ?');
    expect(drawn).toContain('Thanks ? from everyone');
  });
});
