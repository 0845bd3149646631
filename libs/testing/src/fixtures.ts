import type { TestApi } from './test-api';

export interface CriterionFixture {
  id: string;
  title: string;
  weight: number;
  scaleMax: number;
  wordLimit: number;
}

export interface OpenProgramme {
  programme: { id: string; referencePrefix: string; version: number };
  category: { id: string; criteria: CriterionFixture[]; version: number };
}

let prefixes = 0;

/**
 * An open programme with one category of three criteria, set up through the API as an
 * awards coordinator (demo user priya) would.
 */
export async function openProgramme(
  api: TestApi,
  programme: Record<string, unknown> = {},
  category: Record<string, unknown> = {},
): Promise<OpenProgramme> {
  const admin = `Bearer ${api.token('priya')}`;
  prefixes += 1;
  const created: { body: { id: string } } = await api.http
    .post('/api/v1/programmes')
    .set('Authorization', admin)
    .send({
      name: 'Social Work Week 2027 Awards',
      referencePrefix: `SWW${prefixes}`,
      nominationsOpenAt: new Date(Date.now() - 3600_000).toISOString(),
      nominationsCloseAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
      ...programme,
    })
    .expect(201);
  const cat: { body: OpenProgramme['category'] } = await api.http
    .post(`/api/v1/programmes/${created.body.id}/categories`)
    .set('Authorization', admin)
    .send({
      name: 'Safeguarding Award',
      description: 'Recognises a colleague whose intervention kept people safe from harm or abuse',
      criteria: [
        { title: 'Impact', weight: 50, scaleMax: 10, wordLimit: 300 },
        { title: 'Practice', weight: 30, scaleMax: 10, wordLimit: 200 },
        { title: 'Values', weight: 20, scaleMax: 5, wordLimit: 100 },
      ],
      evidenceMaxFiles: 2,
      evidenceMaxBytes: 64 * 1024,
      ...category,
    })
    .expect(201);
  const opened: { body: OpenProgramme['programme'] } = await api.http
    .post(`/api/v1/programmes/${created.body.id}/open`)
    .set('Authorization', admin)
    .expect(200);
  return { programme: opened.body, category: cat.body };
}

/** A second category in a programme, 'Team of the Year', for teams, with one criterion. */
export async function addTeamCategory(api: TestApi, programmeId: string): Promise<OpenProgramme['category']> {
  const created: { body: OpenProgramme['category'] } = await api.http
    .post(`/api/v1/programmes/${programmeId}/categories`)
    .set('Authorization', `Bearer ${api.token('priya')}`)
    .send({
      name: 'Team of the Year',
      nomineeType: 'team',
      criteria: [{ title: 'Impact', weight: 1, scaleMax: 10, wordLimit: 300 }],
    })
    .expect(201);
  return created.body;
}

/** A complete nomination body for the fixture's category. */
export function completeNomination(
  category: OpenProgramme['category'],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    nominee: {
      name: 'Sam Patel',
      email: 'sam.patel@example.nhs.uk',
      jobTitle: 'Social Worker',
      team: 'Children in Need East',
    },
    relationship: 'Team manager',
    statements: category.criteria.map((c) => ({
      criterionId: c.id,
      text: `Sam showed outstanding ${c.title.toLowerCase()} this year.`,
    })),
    ...extra,
  };
}

/** A nomination submitted by `nominator` and screened eligible by the admin. */
export async function eligibleNomination(
  api: TestApi,
  category: OpenProgramme['category'],
  extra: Record<string, unknown> = {},
  nominator: Parameters<TestApi['token']>[0] = 'alex',
): Promise<{ id: string; reference: string }> {
  const created: { body: { id: string; reference: string } } = await api.http
    .post(`/api/v1/categories/${category.id}/nominations`)
    .set('Authorization', `Bearer ${api.token(nominator)}`)
    .send({ ...completeNomination(category, extra), submit: true, confirmPrivacyFindings: true })
    .expect(201);
  await api.http
    .post(`/api/v1/nominations/${created.body.id}/screening`)
    .set('Authorization', `Bearer ${api.token('priya')}`)
    .send({ decision: 'eligible', reason: 'Meets the criteria' })
    .expect(200);
  return created.body;
}

/** Sets a category's panel as the admin. */
export async function setPanel(
  api: TestApi,
  categoryId: string,
  members: { userId?: string; email?: string; chair?: boolean; team?: string }[],
): Promise<void> {
  await api.http
    .put(`/api/v1/categories/${categoryId}/panel`)
    .set('Authorization', `Bearer ${api.token('priya')}`)
    .send({ members })
    .expect(200);
}

/** A judge scores every criterion of a nomination `value` (capped at its scale) and submits. */
export async function submitScorecard(
  api: TestApi,
  judge: Parameters<TestApi['token']>[0],
  nominationId: string,
  category: OpenProgramme['category'],
  value: number,
): Promise<void> {
  const scores = category.criteria.map((c) => ({ criterionId: c.id, score: Math.min(value, c.scaleMax) }));
  await api.http
    .put(`/api/v1/nominations/${nominationId}/scorecard`)
    .set('Authorization', `Bearer ${api.token(judge)}`)
    .send({ scores })
    .expect(200);
  await api.http
    .post(`/api/v1/nominations/${nominationId}/scorecard/submit`)
    .set('Authorization', `Bearer ${api.token(judge)}`)
    .expect(200);
}

/** Signs a user in once (so they exist) and returns their id. */
export async function signIn(api: TestApi, user: Parameters<TestApi['token']>[0], roles?: string[]): Promise<string> {
  const me: { body: { id: string } } = await api.http
    .get('/api/v1/me')
    .set('Authorization', `Bearer ${api.token(user, roles)}`)
    .expect(200);
  return me.body.id;
}
