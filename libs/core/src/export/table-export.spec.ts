import { csvColumns, sheetNames, writeCsv, type ExportSheet } from './table-export';

const sheet = (name: string, keys: string[], rows: Record<string, string | number | Date | null>[]): ExportSheet => ({
  name,
  columns: keys.map((key) => ({ key, header: key.toUpperCase(), type: 'text' })),
  rows: () => [rows],
});

async function text(sheets: ExportSheet[]): Promise<string> {
  let out = '';
  for await (const chunk of writeCsv(sheets)) out += chunk;
  return out;
}

describe("the coordinator's exports' table writer", () => {
  it('writes one CSV of every sheet under the union of their columns, with a BOM and CRLF lines', async () => {
    const csv = await text([
      sheet('A', ['ref', 'impact'], [{ ref: 'X-1', impact: 'Good' }]),
      sheet('B', ['ref', 'team'], [{ ref: 'X-2', team: 'East' }]),
    ]);
    expect(csv).toBe('\ufeffREF,IMPACT,TEAM\r\nX-1,Good,\r\nX-2,,East\r\n');
    expect(csvColumns([sheet('A', ['a', 'b'], []), sheet('B', ['b', 'c'], [])]).map((c) => c.key)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('neutralises formulas in text but writes numbers and dates as they are', async () => {
    const csv = await text([
      sheet('A', ['t', 'n', 'd'], [{ t: '=1+1', n: -1.5, d: new Date('2027-03-01T09:30:00.000Z') }]),
    ]);
    expect(csv.split('\r\n')[1]).toBe("'=1+1,-1.5,2027-03-01T09:30:00.000Z");
  });

  it("keeps sheet names within Excel's rules: 31 characters, no : / ? * [ ], unique", () => {
    expect(sheetNames(['Team: of the year?', 'a'.repeat(40), 'a'.repeat(40)])).toEqual([
      'Team  of the year',
      'a'.repeat(31),
      `${'a'.repeat(29)} 2`,
    ]);
  });
});
