/**
 * Seeds the demo through the API, as the demo people would: the "Social Work Week" awards
 * with four categories, open for nominations, a handful of nominations (three screened
 * eligible), a judging panel on every category and judging begun, so each judge, the chair and
 * the director have something on their pages. Seeding again does nothing once the programme
 * exists.
 */
import { DEMO_USERS, type DevIdp } from '@commend/dev-idp';

const PREFIX = 'SWW27';

interface Created {
  id: string;
  criteria?: { id: string; title: string }[];
}

export async function seedDemo(apiUrl: string, idp: DevIdp): Promise<'seeded' | 'already seeded'> {
  const call = async <T>(user: string, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${idp.mintToken({ user })}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`Seeding failed: ${method} ${path} answered ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  // Signing each demo person in once creates their user, so a coordinator can find them.
  const userIds: Record<string, string> = {};
  for (const user of DEMO_USERS) userIds[user.key] = (await call<{ id: string }>(user.key, 'GET', '/me')).id;
  const existing = await call<{ referencePrefix: string }[]>('priya', 'GET', '/programmes');
  if (existing.some((p) => p.referencePrefix === PREFIX)) return 'already seeded';

  const now = Date.now();
  const day = 86_400_000;
  const programme = await call<Created>('priya', 'POST', '/programmes', {
    name: 'Social Work Week 2027 Awards',
    description: 'Celebrating colleagues across adult and children’s social care, announced on World Social Work Day.',
    theme: 'Co-building a hopeful future',
    referencePrefix: PREFIX,
    nominationsOpenAt: new Date(now - day).toISOString(),
    nominationsCloseAt: new Date(now + 30 * day).toISOString(),
    judgingCloseAt: new Date(now + 45 * day).toISOString(),
    plannedAnnouncementAt: new Date(now + 50 * day).toISOString(),
    notifyNomineeOnSubmission: false,
  });
  const criteria = (impact: string) => [
    { title: 'Impact', guidance: impact, weight: 50, scaleMax: 10, wordLimit: 300 },
    {
      title: 'Practice',
      guidance: 'Skill, judgement and partnership working shown.',
      weight: 30,
      scaleMax: 10,
      wordLimit: 250,
    },
    { title: 'Values', guidance: 'How they live the values of social work.', weight: 20, scaleMax: 5, wordLimit: 150 },
  ];
  const categories: Record<string, Created> = {};
  // The Safeguarding Award is judged blind, as trusts often do: judges see references, not names.
  for (const [name, description, nomineeType, blindJudging] of [
    [
      'Safeguarding Award',
      'Recognises outstanding contributions to safeguarding, where the interventions of a staff member mean people have been kept safe from harm or abuse.',
      'individual',
      true,
    ],
    [
      'Social Work Apprentice of the Year',
      'Recognises an apprentice who has grown into confident, caring practice.',
      'individual',
    ],
    [
      'Practice Educator of the Year',
      'Recognises a practice educator whose teaching shaped new social workers.',
      'individual',
    ],
    ['Team of the Year', 'Recognises a team whose work together changed lives.', 'team'],
  ] as [string, string, string, boolean?][]) {
    categories[name] = await call<Created>('priya', 'POST', `/programmes/${programme.id}/categories`, {
      name,
      description,
      nomineeType,
      blindJudging: blindJudging ?? null,
      criteria: criteria('What changed for people because of them?'),
    });
  }
  await call('priya', 'POST', `/programmes/${programme.id}/open`);

  const statements = (category: Created, texts: string[]) =>
    (category.criteria ?? []).map((c, i) => ({ criterionId: c.id, text: texts[i] ?? texts[0] }));
  const safeguarding = categories['Safeguarding Award'];
  const submitted = await call<Created>('alex', 'POST', `/categories/${safeguarding.id}/nominations`, {
    nominee: {
      name: 'Sam Patel',
      email: 'sam.patel@example.nhs.uk',
      jobTitle: 'Senior Social Worker',
      team: 'Children in Need East',
    },
    relationship: 'Colleague in the same team',
    statements: statements(safeguarding, [
      'Sam noticed small changes in a child’s presentation over several visits, pulled the threads together and convened a strategy discussion the same day. The child is now safe and settled.',
      'Sam worked closely with school, health visiting and police, keeping the family informed at every step.',
      'Sam is calm, respectful and always centres the voice of the child.',
    ]),
    submit: true,
  });
  await call('alex', 'POST', `/categories/${categories['Social Work Apprentice of the Year'].id}/nominations`, {
    nominee: { name: 'Chloe Evans', email: 'chloe.evans@example.nhs.uk', jobTitle: 'Social Work Apprentice' },
    relationship: 'Practice supervisor',
    statements: statements(categories['Social Work Apprentice of the Year'], [
      'Chloe has grown into a thoughtful practitioner.',
    ]),
  });
  const team = categories['Team of the Year'];
  const teamNomination = await call<Created>('bola', 'POST', `/categories/${team.id}/nominations`, {
    nominee: { name: 'Hospital Discharge Team', team: 'Adult Social Care' },
    teamMembers: [{ name: 'Ola Bakare' }, { name: 'Ruth Green' }, { name: 'Imran Ali' }],
    relationship: 'Service manager',
    statements: statements(team, ['The team cut delayed discharges by a third while keeping people safe at home.']),
    submit: true,
  });
  const second = await call<Created>('bola', 'POST', `/categories/${safeguarding.id}/nominations`, {
    nominee: { name: 'Grace Mensah', email: 'grace.mensah@example.nhs.uk', jobTitle: 'Social Worker' },
    relationship: 'Manager',
    statements: statements(safeguarding, [
      'Grace recognised coercive control behind a routine referral and built a safety plan with the family.',
      'Grace chaired a multi-agency meeting that agreed a plan everyone could follow.',
      'Grace listens first and never gives up on people.',
    ]),
    submit: true,
  });
  for (const id of [submitted.id, second.id, teamNomination.id]) {
    await call('priya', 'POST', `/nominations/${id}/screening`, {
      decision: 'eligible',
      reason: 'Meets the category criteria; the nominee is in post.',
    });
  }
  // Every category's panel: Sam and Lee judge, Jo chairs.
  for (const category of Object.values(categories)) {
    await call('priya', 'PUT', `/categories/${category.id}/panel`, {
      members: [{ userId: userIds.sam }, { userId: userIds.lee }, { userId: userIds.jo, chair: true }],
    });
  }
  // Judging begun: Lee has scored both Safeguarding nominations, Jo one; Sam has not started.
  const scoresOf = (category: Created, values: number[]) =>
    (category.criteria ?? []).map((c, i) => ({ criterionId: c.id, score: values[i], comment: '' }));
  for (const [judge, nomination, values] of [
    ['lee', submitted, [8, 7, 4]],
    ['lee', second, [7, 8, 5]],
    ['jo', submitted, [7, 6, 4]],
  ] as const) {
    await call(judge, 'PUT', `/nominations/${nomination.id}/scorecard`, {
      scores: scoresOf(safeguarding, [...values]),
    });
    await call(judge, 'POST', `/nominations/${nomination.id}/scorecard/submit`);
  }
  return 'seeded';
}
