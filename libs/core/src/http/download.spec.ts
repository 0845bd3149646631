import { contentDisposition } from './download';

describe('contentDisposition', () => {
  it('gives an ASCII name as it is', () => {
    expect(contentDisposition('statement.pdf')).toBe(
      `attachment; filename="statement.pdf"; filename*=UTF-8''statement.pdf`,
    );
  });

  it('gives accents dropped in the fallback and exact in filename*', () => {
    expect(contentDisposition('Café report.pdf')).toBe(
      `attachment; filename="Cafe report.pdf"; filename*=UTF-8''Caf%C3%A9%20report.pdf`,
    );
  });

  it('replaces what the fallback cannot carry and encodes what RFC 8187 does not allow bare', () => {
    expect(contentDisposition(`it's "final" (v2*) 100%\\報告.pdf`)).toBe(
      `attachment; filename="it's _final_ (v2*) 100____.pdf"; ` +
        `filename*=UTF-8''it%27s%20%22final%22%20%28v2%2A%29%20100%25%5C%E5%A0%B1%E5%91%8A.pdf`,
    );
  });

  it('falls back to "download" when nothing ASCII is left', () => {
    expect(contentDisposition('')).toBe(`attachment; filename="download"; filename*=UTF-8''`);
  });

  it.each([
    'report\r\nSet-Cookie: session=stolen',
    'a"; filename="evil.exe',
    'tab\tand\u0000nul',
    'lone \ud83d surrogate',
    'right-to-left \u202e override',
    '../../etc/passwd',
  ])('gives a safe header for the hostile name %j', (name) => {
    const value = contentDisposition(name);

    // One quoted string, printable ASCII only, nothing that could end the header or the parameter.
    expect(value).toMatch(
      /^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]*$/,
    );
    expect(decodeURIComponent(value.split("UTF-8''")[1])).toBe(name.replace(/[\ud800-\udfff]/g, '\ufffd'));
  });
});
