import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import {
  addTeamCategory,
  eligibleNomination,
  openProgramme,
  parseCsv,
  setPanel,
  signIn,
  startTestApi,
  submitScorecard,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';

/** Collects a binary body (the workbook) as a Buffer. */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe("The coordinator's exports: nominations and results, as CSV and as a workbook", () => {
  let api: TestApi;
  let setup: OpenProgramme;
  let team: OpenProgramme['category'];
  let injected: { id: string; reference: string };
  let plain: { id: string; reference: string };
  let teamNomination: { id: string; reference: string };
  const as = (user: string) => `Bearer ${api.token(user)}`;
  const exportOf = (kind: 'nominations' | 'results', query: Record<string, string>, user = 'priya') =>
    api.http
      .get(`/api/v1/programmes/${setup.programme.id}/exports/${kind}`)
      .query(query)
      .set('Authorization', as(user));
  const csv = async (kind: 'nominations' | 'results', query: Record<string, string> = {}) => {
    const res = await exportOf(kind, { format: 'csv', ...query });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text.startsWith('\ufeff')).toBe(true);
    return { rows: parseCsv(res.text.slice(1)), header: res.text.slice(1).split('\r\n')[0], res };
  };
  const workbook = async (kind: 'nominations' | 'results', query: Record<string, string> = {}) => {
    const res = await exportOf(kind, { format: 'xlsx', ...query })
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((res.body as Buffer).buffer as ArrayBuffer);
    return { book, res };
  };

  beforeAll(async () => {
    api = await startTestApi();
    const sam = await signIn(api, 'sam');
    const lee = await signIn(api, 'lee');
    await signIn(api, 'alex');
    setup = await openProgramme(api);
    team = await addTeamCategory(api, setup.programme.id);
    const impact = setup.category.criteria.find((c) => c.title === 'Impact')!;
    injected = await eligibleNomination(api, setup.category, {
      nominee: {
        name: '=HYPERLINK("http://evil.example","Ada")',
        email: 'ada.obi@example.nhs.uk',
        team: 'Adults North',
      },
      statements: setup.category.criteria.map((c) => ({
        criterionId: c.id,
        text: c.id === impact.id ? '=1+1, then "more"' : `Ada's ${c.title.toLowerCase()}.`,
      })),
    });
    plain = await eligibleNomination(api, setup.category, {
      nominee: { name: 'Ben Hart', email: 'ben.hart@example.nhs.uk', team: 'Children East' },
    });
    teamNomination = await eligibleNomination(api, team, {
      nominee: { name: 'Hospital Discharge Team' },
      teamMembers: [{ name: 'Nia Cole', email: 'nia.cole@example.nhs.uk' }, { name: 'Tom Reid' }],
      statements: team.criteria.map((c) => ({ criterionId: c.id, text: 'They cut delays by half.' })),
    });
    await setPanel(api, setup.category.id, [{ userId: sam }, { userId: lee, chair: true }]);
    await submitScorecard(api, 'sam', injected.id, setup.category, 8);
    await submitScorecard(api, 'lee', injected.id, setup.category, 6);
    await submitScorecard(api, 'sam', plain.id, setup.category, 4);
  });
  afterAll(async () => {
    await api.close();
  });

  it('nominations as CSV: one row per nomination of every category, the statements one column per criterion', async () => {
    const { rows, header, res } = await csv('nominations');
    expect(res.headers['content-disposition']).toContain('Nominations - Social Work Week 2027 Awards.csv');
    expect(header.split(',')).toEqual([
      'Reference',
      'Category',
      'Nominee or team',
      'Nominee e-mail',
      'Job title',
      'Team or service',
      'Team members',
      'Nominator',
      'Nominator e-mail',
      'Relationship to nominee',
      'Status',
      'Submitted (UTC)',
      'Screening decision',
      'Screening reason',
      'Screened (UTC)',
      'Publicity consent',
      'Impact',
      'Practice',
      'Values',
    ]);
    expect(rows.map((r) => r.Reference)).toEqual([injected.reference, plain.reference, teamNomination.reference]);
    const [ada, ben, teamRow] = rows;
    expect(ben).toMatchObject({
      Category: 'Safeguarding Award',
      'Nominee or team': 'Ben Hart',
      'Nominee e-mail': 'ben.hart@example.nhs.uk',
      'Team or service': 'Children East',
      Nominator: 'Alex Morgan',
      Status: 'eligible',
      'Screening decision': 'eligible',
      'Screening reason': 'Meets the criteria',
      'Publicity consent': 'Not asked',
      Impact: 'Sam showed outstanding impact this year.',
    });
    expect(new Date(ben['Submitted (UTC)']).getTime()).toBeGreaterThan(Date.now() - 600_000);
    expect(teamRow).toMatchObject({
      Category: 'Team of the Year',
      'Nominee or team': 'Hospital Discharge Team',
      'Team members': 'Nia Cole (nia.cole@example.nhs.uk); Tom Reid',
      Impact: 'They cut delays by half.',
      Practice: '',
    });
    // Formula injection neutralised: the apostrophe keeps Excel from running what a colleague typed.
    expect(ada['Nominee or team']).toBe(`'=HYPERLINK("http://evil.example","Ada")`);
    expect(ada.Impact).toBe(`'=1+1, then "more"`);
  });

  it("one category's nominations only, and a category of another programme is a 404 naming it", async () => {
    const { rows } = await csv('nominations', { categoryId: team.id });
    expect(rows.map((r) => r.Reference)).toEqual([teamNomination.reference]);
    const other = await openProgramme(api);
    const res = await exportOf('nominations', { format: 'csv', categoryId: other.category.id });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('category.not_found');
  });

  it('nominations as a workbook: one sheet per category, header frozen, dates as dates, formulas neutralised', async () => {
    const { book, res } = await workbook('nominations');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Safeguarding Award', 'Team of the Year']);
    const sheet = book.getWorksheet('Safeguarding Award')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Impact');
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(col('Reference')).value).toBe(injected.reference);
    expect(sheet.getRow(2).getCell(col('Nominee or team')).value).toBe(`'=HYPERLINK("http://evil.example","Ada")`);
    expect(sheet.getRow(2).getCell(col('Impact')).value).toBe(`'=1+1, then "more"`);
    expect(sheet.getRow(2).getCell(col('Submitted (UTC)')).value).toBeInstanceOf(Date);
    expect(book.getWorksheet('Team of the Year')!.rowCount).toBe(2);
  });

  it("results as CSV and workbook: the results page's ranking, each judge's weighted total by name, numbers as numbers", async () => {
    const page = await api.http
      .get(`/api/v1/categories/${setup.category.id}/results`)
      .set('Authorization', as('priya'))
      .expect(200);
    const { rows, header } = await csv('results', { categoryId: setup.category.id });
    expect(header.split(',')).toEqual([
      'Rank',
      'Reference',
      'Category',
      'Nominee or team',
      'Scorecards',
      'Weighted score (%)',
      'Spread: standard deviation',
      'Spread: highest minus lowest',
      'Normalised score',
      'Normalised rank',
      'Tie',
      'Judges disagree',
      // The judges in the results page's order, by name.
      ...(page.body.judges as { name: string }[]).map((j) => j.name),
    ]);
    expect(header).toContain('Sam Okafor');
    expect(header).toContain('Lee Chen');
    const ranked = page.body.nominations as { reference: string; rank: number; weightedScore: number }[];
    expect(rows.map((r) => [r.Reference, Number(r.Rank), Number(r['Weighted score (%)'])])).toEqual(
      ranked.map((n) => [n.reference, n.rank, n.weightedScore]),
    );
    expect(rows[0]).toMatchObject({
      Reference: injected.reference,
      'Sam Okafor': '84',
      'Lee Chen': '68',
      Scorecards: '2',
    });
    expect(rows[1]).toMatchObject({ Reference: plain.reference, 'Sam Okafor': '48', 'Lee Chen': '' });

    const { book } = await workbook('results');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Safeguarding Award', 'Team of the Year']);
    const sheet = book.getWorksheet('Safeguarding Award')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => sheet.getRow(2).getCell(headers.indexOf(name) + 1).value;
    expect(cell('Rank')).toBe(1);
    expect(cell('Weighted score (%)')).toBe(76);
    expect(cell('Sam Okafor')).toBe(84);
    expect(typeof cell('Normalised score')).toBe('number');
  });

  it('is for coordinators only: a judge gets 403', async () => {
    for (const kind of ['nominations', 'results'] as const) {
      const res = await exportOf(kind, { format: 'csv' }, 'sam');
      expect(res.status).toBe(403);
    }
  });

  it('a format other than csv or xlsx is a 400 naming it', async () => {
    const res = await exportOf('nominations', { format: 'pdf' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('format must be csv or xlsx');
    expect((await exportOf('results', {})).status).toBe(400);
  });

  it('every download is audited with programme, category, format and row count, never the content', async () => {
    await csv('nominations', { categoryId: setup.category.id });
    await workbook('results');
    const res = await api.http
      .get('/api/v1/audit')
      .query({ entityId: setup.programme.id, limit: '100' })
      .set('Authorization', as('ana'))
      .expect(200);
    const items = res.body.items as { action: string; data: Record<string, unknown> }[];
    const latest = (action: string) => items.find((r) => r.action === action)!;
    expect(latest('nominations.exported').data).toEqual({
      programmeId: setup.programme.id,
      categoryId: setup.category.id,
      format: 'csv',
      rows: 2,
    });
    expect(latest('results.exported').data).toEqual({
      programmeId: setup.programme.id,
      categoryId: null,
      format: 'xlsx',
      rows: 3,
    });
    expect(JSON.stringify(items)).not.toContain('HYPERLINK');
  });
});
