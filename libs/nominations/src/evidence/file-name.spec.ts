import { cleanFileName } from './file-name';

describe('cleanFileName', () => {
  it.each([
    ['Nomination for Zoë.pdf', 'Nomination for Zoë.pdf'],
    ['  statement.docx  ', 'statement.docx'],
    ['Cafe\u0301 report.pdf', 'Café report.pdf'], // decomposed é becomes one character (NFC)
    ['報告書.pdf', '報告書.pdf'],
    ['team 🎉 photo.jpeg', 'team 🎉 photo.jpeg'],
    ['.hidden-looking.txt', '.hidden-looking.txt'],
    ['quotes "and" semi;colons.txt', 'quotes "and" semi;colons.txt'],
    ['x'.repeat(200), 'x'.repeat(200)],
    ['🎉'.repeat(200), '🎉'.repeat(200)], // 200 characters, 400 UTF-16 units
  ])('keeps %j as %j', (raw, name) => {
    expect(cleanFileName(raw)).toEqual({ ok: true, name });
  });

  it.each([
    ['../../etc/passwd', 'The file name must not contain / or \\'],
    ['C:\\Users\\me\\report.pdf', 'The file name must not contain / or \\'],
    ['report\0.pdf', 'The file name must not contain control characters'],
    ['report\r\nSet-Cookie: x.pdf', 'The file name must not contain control characters'],
    ['report\t.pdf', 'The file name must not contain control characters'],
    ['report\x7f.pdf', 'The file name must not contain control characters'],
    ['report\u0085.pdf', 'The file name must not contain control characters'],
    ['invoice\u202efdp.exe', 'The file name must not contain characters that change the direction of text'],
    ['report\ud800.pdf', 'The file name contains characters that are not valid Unicode'],
    ['', 'The file name is empty'],
    ['   ', 'The file name is empty'],
    ['\u00a0\u3000', 'The file name is empty'],
    ['.', 'The file name must contain more than dots and spaces'],
    ['..', 'The file name must contain more than dots and spaces'],
    [' . . ', 'The file name must contain more than dots and spaces'],
    ['\u200b', 'The file name must contain more than dots and spaces'],
    ['x'.repeat(201), 'The file name is longer than 200 characters'],
  ])('refuses %j', (raw, problem) => {
    expect(cleanFileName(raw)).toEqual({ ok: false, problem });
  });
});
