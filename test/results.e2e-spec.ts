import {
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  startTestApi,
  type CriterionFixture,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';

/**
 * GET /api/v1/categories/:id/results against figures worked out here, in the test, from the
 * definitions (scorecard percentage, mean, population standard deviation, per-judge z-scores,
 * leniency against the other judges), and never by calling the library's own code.
 */

/** Impact, Practice, Values: the fixture's criteria (weights 50/30/20, scales 0–10/0–10/0–5). */
type Scores = [impact: number, practice: number, values: number];

interface Nom {
  id: string;
  reference: string;
}
interface Judge {
  id: string;
  name: string;
  chair: boolean;
}
/** A scorecard that counts: submitted, by a panel member, not recused. */
interface Card {
  judgeId: string;
  nominationId: string;
  p: number;
}

interface ExpectedNomination {
  id: string;
  reference: string;
  scorecards: number;
  weightedScore: number | null;
  standardDeviation: number | null;
  spread: number | null;
  normalisedScore: number | null;
  rank: number | null;
  normalisedRank: number | null;
  disagreement: boolean;
  tie: { raw: boolean; normalised: boolean; breakBy: 'normalised' | 'chair' | null };
}
interface ExpectedJudge {
  judgeId: string;
  name: string;
  chair: boolean;
  expected: number;
  submitted: number;
  meanScore: number | null;
  leniency: number | null;
  normalised: boolean;
  assessment: 'lenient' | 'harsh' | 'in line' | 'not enough scorecards';
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]): number => sum(xs) / xs.length;
/** Population standard deviation (divide by n, not n − 1). */
const popSd = (xs: number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
/**
 * Half away from zero, as PostgreSQL's round(numeric, n). The 1e-9 nudge stops a binary
 * floating-point value such as 14.7 · 100 = 1469.9999999999998 from rounding the wrong way.
 */
const round = (x: number, dp: number): number => (Math.sign(x) * Math.round(Math.abs(x) * 10 ** dp + 1e-9)) / 10 ** dp;
/** SQL rank(): 1 + how many values are strictly higher. */
const rankOf = (x: number | null, all: (number | null)[]): number | null =>
  x === null ? null : 1 + all.filter((y) => y !== null && y > x).length;

/** 100 · Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ */
function percent(criteria: CriterionFixture[], scores: Scores): number {
  const byTitle = (t: string) => criteria.find((c) => c.title === t)!;
  const used = [byTitle('Impact'), byTitle('Practice'), byTitle('Values')];
  return (100 * sum(used.map((c, i) => (c.weight * scores[i]) / c.scaleMax))) / sum(used.map((c) => c.weight));
}

/** The results, worked out from the definitions. */
function expectedResults(input: {
  nominations: Nom[];
  judges: Judge[];
  cards: Card[];
  recusals?: { judgeId: string; nominationId: string }[];
  tieBreakRule?: 'normalised_then_chair' | 'chair';
}): { nominations: ExpectedNomination[]; judges: ExpectedJudge[]; progress: { expected: number; submitted: number } } {
  const { nominations, judges, cards, recusals = [], tieBreakRule = 'normalised_then_chair' } = input;
  const panel = cards.map((c) => c.p);
  const panelMean = mean(panel);
  const panelSd = popSd(panel);
  const ofJudge = (judgeId: string) => cards.filter((c) => c.judgeId === judgeId).map((c) => c.p);
  const isNormalised = (judgeId: string) => ofJudge(judgeId).length >= 3 && popSd(ofJudge(judgeId)) > 0;
  const z = (card: Card): number => {
    const own = ofJudge(card.judgeId);
    if (isNormalised(card.judgeId)) return (card.p - mean(own)) / popSd(own);
    return panelSd > 0 ? (card.p - panelMean) / panelSd : 0;
  };

  const rows = nominations.map((n) => {
    const mine = cards.filter((c) => c.nominationId === n.id);
    const ps = mine.map((c) => c.p);
    return {
      id: n.id,
      reference: n.reference,
      scorecards: mine.length,
      weightedScore: mine.length ? round(mean(ps), 2) : null,
      standardDeviation: mine.length ? round(popSd(ps), 2) : null,
      spread: mine.length ? round(Math.max(...ps) - Math.min(...ps), 2) : null,
      normalisedScore: mine.length ? round(mean(mine.map(z)), 3) : null,
    };
  });
  const scores = rows.map((r) => r.weightedScore);
  const zs = rows.map((r) => r.normalisedScore);
  const expectedNominations = rows
    .map((r): ExpectedNomination => {
      const tiedRaw = r.weightedScore !== null && rows.some((o) => o !== r && o.weightedScore === r.weightedScore);
      const tiedNormalised =
        r.normalisedScore !== null &&
        rows.some((o) => o !== r && o.weightedScore === r.weightedScore && o.normalisedScore === r.normalisedScore);
      return {
        ...r,
        rank: rankOf(r.weightedScore, scores),
        normalisedRank: rankOf(r.normalisedScore, zs),
        disagreement: r.standardDeviation !== null && r.standardDeviation > 15,
        tie: {
          raw: tiedRaw,
          normalised: tiedNormalised,
          breakBy: !tiedRaw
            ? null
            : tieBreakRule === 'normalised_then_chair' && !tiedNormalised
              ? 'normalised'
              : 'chair',
        },
      };
    })
    .sort(
      (a, b) =>
        (b.weightedScore ?? -Infinity) - (a.weightedScore ?? -Infinity) ||
        (b.normalisedScore ?? -Infinity) - (a.normalisedScore ?? -Infinity) ||
        a.reference.localeCompare(b.reference),
    );

  const expectedJudges = judges
    .map((j): ExpectedJudge => {
      const own = cards.filter((c) => c.judgeId === j.id);
      const leans = own.flatMap((c) => {
        const others = cards.filter((o) => o.nominationId === c.nominationId && o.judgeId !== j.id).map((o) => o.p);
        return others.length ? [c.p - mean(others)] : [];
      });
      const leniency = leans.length ? round(mean(leans), 2) : null;
      const normalised = isNormalised(j.id);
      return {
        judgeId: j.id,
        name: j.name,
        chair: j.chair,
        expected: nominations.length - recusals.filter((r) => r.judgeId === j.id).length,
        submitted: own.length,
        meanScore: own.length ? round(mean(own.map((c) => c.p)), 2) : null,
        leniency,
        normalised,
        assessment:
          leniency === null || !normalised
            ? 'not enough scorecards'
            : leniency >= 5
              ? 'lenient'
              : leniency <= -5
                ? 'harsh'
                : 'in line',
      };
    })
    .sort((a, b) => Number(b.chair) - Number(a.chair) || a.name.localeCompare(b.name));

  return {
    nominations: expectedNominations,
    judges: expectedJudges,
    progress: { expected: sum(expectedJudges.map((j) => j.expected)), submitted: cards.length },
  };
}

/** Numbers within rounding (2 dp, or 3 for z), everything else exactly. */
function expectFigures(
  body: { nominations: Record<string, unknown>[]; judges: Record<string, unknown>[]; progress: unknown },
  expected: ReturnType<typeof expectedResults>,
): void {
  const close = (actual: unknown, want: number | null, dp: number) => {
    if (want === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(want, dp);
  };
  expect(body.nominations.map((n) => n.id)).toEqual(expected.nominations.map((n) => n.id));
  expected.nominations.forEach((want, i) => {
    const got = body.nominations[i];
    expect({ id: got.id, ref: got.reference, scorecards: got.scorecards }).toEqual({
      id: want.id,
      ref: want.reference,
      scorecards: want.scorecards,
    });
    close(got.weightedScore, want.weightedScore, 2);
    close(got.standardDeviation, want.standardDeviation, 2);
    close(got.spread, want.spread, 2);
    close(got.normalisedScore, want.normalisedScore, 3);
    expect({
      rank: got.rank,
      normalisedRank: got.normalisedRank,
      disagreement: got.disagreement,
      tie: got.tie,
    }).toEqual({
      rank: want.rank,
      normalisedRank: want.normalisedRank,
      disagreement: want.disagreement,
      tie: want.tie,
    });
  });
  expect(body.judges.map((j) => j.judgeId)).toEqual(expected.judges.map((j) => j.judgeId));
  expected.judges.forEach((want, i) => {
    const got = body.judges[i];
    expect(got).toMatchObject({
      judgeId: want.judgeId,
      name: want.name,
      chair: want.chair,
      signedIn: true,
      expected: want.expected,
      submitted: want.submitted,
      normalised: want.normalised,
      assessment: want.assessment,
    });
    close(got.meanScore, want.meanScore, 2);
    close(got.leniency, want.leniency, 2);
  });
  expect(body.progress).toEqual(expected.progress);
}

describe('Category results', () => {
  let api: TestApi;
  let sam: string;
  let lee: string;
  let jo: string;
  let judges: Judge[];
  const as = (user: string) => `Bearer ${api.token(user)}`;

  beforeAll(async () => {
    api = await startTestApi();
    sam = await signIn(api, 'sam');
    lee = await signIn(api, 'lee');
    jo = await signIn(api, 'jo');
    judges = [
      { id: sam, name: 'Sam Okafor', chair: false },
      { id: lee, name: 'Lee Chen', chair: false },
      { id: jo, name: 'Jo Whitfield', chair: true },
    ];
  });
  afterAll(async () => {
    await api.close();
  });

  /** An open category with eligible nominations, judged by sam, lee and jo (chair). */
  async function category(nominees: string[]): Promise<{ setup: OpenProgramme; noms: Nom[] }> {
    const setup = await openProgramme(api);
    const noms: Nom[] = [];
    for (const name of nominees) {
      const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.nhs.uk`;
      noms.push(
        await eligibleNomination(api, setup.category, {
          nominee: { name, email, jobTitle: 'Social Worker', team: 'Adults North' },
        }),
      );
    }
    await setPanel(api, setup.category.id, [{ userId: sam }, { userId: lee }, { userId: jo, chair: true }]);
    return { setup, noms };
  }

  /** Saves a scorecard as `user` and, unless told otherwise, submits it; returns its percentage. */
  async function score(
    user: string,
    setup: OpenProgramme,
    nomination: Nom,
    scores: Scores,
    submit = true,
  ): Promise<number> {
    const byTitle = (t: string) => setup.category.criteria.find((c) => c.title === t)!.id;
    const ids = [byTitle('Impact'), byTitle('Practice'), byTitle('Values')];
    await api.http
      .put(`/api/v1/nominations/${nomination.id}/scorecard`)
      .set('Authorization', as(user))
      .send({ scores: ids.map((criterionId, i) => ({ criterionId, score: scores[i] })) })
      .expect(200);
    if (submit) {
      await api.http
        .post(`/api/v1/nominations/${nomination.id}/scorecard/submit`)
        .set('Authorization', as(user))
        .expect(200);
    }
    return percent(setup.category.criteria, scores);
  }

  const results = async (categoryId: string, user = 'jo') => {
    const res = await api.http.get(`/api/v1/categories/${categoryId}/results`).set('Authorization', as(user));
    expect(res.status).toBe(200);
    return res.body;
  };

  it('matches a worked example: a lenient, a harsh and an in-line judge on five nominations', async () => {
    /*
     * Percentage p = 100 · (50·Impact/10 + 30·Practice/10 + 20·Values/5) ÷ 100 = 5·I + 3·P + 4·V.
     *
     *                         A Ada        B Ben        C Cal        D Dev        E Eve       judge mean
     *  Sam (lenient)       10/10/5 100   7/10/4  81   9/10/5  95   7/5/3   62   9/9/4   88     85.20
     *  Lee (harsh)          6/5/3   57   7/7/3   68   8/8/3   76   5/5/3   52   7/6/4   69     64.40
     *  Jo  (in line, chair) 8/7/3   73   8/8/4   80   7/10/4  81   6/7/2   59   7/7/4   72     73.00
     *
     *  weighted score      230/3 76.67  229/3 76.33  252/3 84.00  173/3 57.67  229/3 76.33
     *  pop. std deviation        17.75         5.91         8.04         4.19         8.34
     *  spread (max − min)        43           13           19           10           19
     *  disagreement (sd > 15)    yes          no           no           no           no
     *  raw rank                  2            3 (tie)      1            5            3 (tie)
     *
     *  Per-judge z = (p − judge mean) ÷ judge population sd
     *  (Sam: mean 85.2, sd 13.257; Lee: mean 64.4, sd 8.686; Jo: mean 73, sd 7.874)
     *  Sam z                    1.116       -0.317        0.739       -1.750        0.211
     *  Lee z                   -0.852        0.414        1.336       -1.428        0.530
     *  Jo  z                    0.000        0.889        1.016       -1.778       -0.127
     *  normalised (mean z)      0.088        0.329        1.030       -1.652        0.205
     *  normalised rank          4            2            1            5            3
     *
     *  Ada is Sam's favourite (100 where the others give 57 and 73): second on raw scores, but
     *  only fourth once each judge's habits are taken out. Ben and Eve tie on 76.33 raw; the
     *  normalised score breaks it, Ben (0.329) ahead of Eve (0.205).
     *
     *  Leniency = mean over the judge's scorecards of (p − mean of the other two judges' p):
     *  Sam: (100−65 + 81−74 + 95−78.5 + 62−55.5 + 88−70.5) ÷ 5 = (35 + 7 + 16.5 + 6.5 + 17.5) ÷ 5 = 16.5  → lenient
     *  Lee: (57−86.5 + 68−80.5 + 76−88 + 52−60.5 + 69−80) ÷ 5 = −73.5 ÷ 5 = −14.7                       → harsh
     *  Jo:  (73−78.5 + 80−74.5 + 81−85.5 + 59−57 + 72−78.5) ÷ 5 = −9 ÷ 5 = −1.8                         → in line
     */
    const { setup, noms } = await category(['Ada Nwosu', 'Ben Clarke', 'Cal Singh', 'Dev Patel', 'Eve Brown']);
    const [ada, ben, cal, dev, eve] = noms;
    const table: [string, Nom, Scores][] = [
      ['sam', ada, [10, 10, 5]],
      ['sam', ben, [7, 10, 4]],
      ['sam', cal, [9, 10, 5]],
      ['sam', dev, [7, 5, 3]],
      ['sam', eve, [9, 9, 4]],
      ['lee', ada, [6, 5, 3]],
      ['lee', ben, [7, 7, 3]],
      ['lee', cal, [8, 8, 3]],
      ['lee', dev, [5, 5, 3]],
      ['lee', eve, [7, 6, 4]],
      ['jo', ada, [8, 7, 3]],
      ['jo', ben, [8, 8, 4]],
      ['jo', cal, [7, 10, 4]],
      ['jo', dev, [6, 7, 2]],
      ['jo', eve, [7, 7, 4]],
    ];
    const ids: Record<string, string> = { sam, lee, jo };
    const cards: Card[] = [];
    for (const [user, nom, scores] of table) {
      cards.push({ judgeId: ids[user], nominationId: nom.id, p: await score(user, setup, nom, scores) });
    }
    expect(cards.map((c) => c.p)).toEqual([100, 81, 95, 62, 88, 57, 68, 76, 52, 69, 73, 80, 81, 59, 72]);

    const expected = expectedResults({ nominations: noms, judges, cards });

    // The computation above agrees with the table worked by hand.
    expect(
      expected.nominations.map((n) => [
        n.id,
        n.weightedScore,
        n.standardDeviation,
        n.spread,
        n.normalisedScore,
        n.rank,
        n.normalisedRank,
        n.disagreement,
        n.tie,
      ]),
    ).toEqual([
      [cal.id, 84, 8.04, 19, 1.03, 1, 1, false, { raw: false, normalised: false, breakBy: null }],
      [ada.id, 76.67, 17.75, 43, 0.088, 2, 4, true, { raw: false, normalised: false, breakBy: null }],
      [ben.id, 76.33, 5.91, 13, 0.329, 3, 2, false, { raw: true, normalised: false, breakBy: 'normalised' }],
      [eve.id, 76.33, 8.34, 19, 0.205, 3, 3, false, { raw: true, normalised: false, breakBy: 'normalised' }],
      [dev.id, 57.67, 4.19, 10, -1.652, 5, 5, false, { raw: false, normalised: false, breakBy: null }],
    ]);
    expect(
      expected.judges.map((j) => [j.name, j.expected, j.submitted, j.meanScore, j.leniency, j.assessment]),
    ).toEqual([
      ['Jo Whitfield', 5, 5, 73, -1.8, 'in line'],
      ['Lee Chen', 5, 5, 64.4, -14.7, 'harsh'],
      ['Sam Okafor', 5, 5, 85.2, 16.5, 'lenient'],
    ]);

    const body = await results(setup.category.id);
    expect(body.category).toMatchObject({ id: setup.category.id, tieBreakRule: 'normalised_then_chair' });
    expectFigures(body, expected);
    expect(body.nominations.map((n: { nomineeName: string }) => n.nomineeName)).toEqual([
      'Cal Singh',
      'Ada Nwosu',
      'Ben Clarke',
      'Eve Brown',
      'Dev Patel',
    ]);
    expect(body.progress).toEqual({ expected: 15, submitted: 15 });
    expect(body.explanation).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Sam Okafor scored 16\.5 points higher than the other judges.*: lenient\./),
        expect.stringMatching(/^Lee Chen scored 14\.7 points lower than the other judges.*: harsh\./),
        expect.stringMatching(/^Jo Whitfield scored within 5 points of the other judges/),
      ]),
    );
    expect(body.explanation.join(' ')).not.toContain('Still to come');

    // A director sees the same figures.
    expectFigures(await results(setup.category.id, 'dee'), expected);
  });

  it('centres and scales a judge with fewer than 3 submitted scorecards on the panel, and ignores a draft', async () => {
    /*
     *                          P Pat       Q Quinn     R Rae
     *  Sam  (3 submitted)    7/7/4  72   5/5/2  48   6/6/3  60      mean 60, sd √96 = 9.798
     *  Lee  (2 submitted)    8/8/5  84   4/4/2  40   10/10/5 100 — a draft: does not count
     *  Jo   (chair)          no scorecards
     *
     *  Panel (all 5 counted scorecards): mean 60.8, population sd 15.880.
     *  Sam z (own): 1.225, −1.225, 0.  Lee z (panel): (84 − 60.8)/15.880 = 1.461, (40 − 60.8)/15.880 = −1.310.
     *  P: weighted 78, normalised (1.225 + 1.461)/2 = 1.343 (it would be 1.112 on Lee's own ±1).
     *  Q: weighted 44, normalised −1.267.   R: one scorecard, weighted 60, normalised 0.
     */
    const { setup, noms } = await category(['Pat Green', 'Quinn Hall', 'Rae Ito']);
    const [pat, quinn, rae] = noms;
    const cards: Card[] = [
      { judgeId: sam, nominationId: pat.id, p: await score('sam', setup, pat, [7, 7, 4]) },
      { judgeId: sam, nominationId: quinn.id, p: await score('sam', setup, quinn, [5, 5, 2]) },
      { judgeId: sam, nominationId: rae.id, p: await score('sam', setup, rae, [6, 6, 3]) },
      { judgeId: lee, nominationId: pat.id, p: await score('lee', setup, pat, [8, 8, 5]) },
      { judgeId: lee, nominationId: quinn.id, p: await score('lee', setup, quinn, [4, 4, 2]) },
    ];
    await score('lee', setup, rae, [10, 10, 5], false); // complete, but never submitted
    expect(cards.map((c) => c.p)).toEqual([72, 48, 60, 84, 40]);

    const expected = expectedResults({ nominations: noms, judges, cards });
    expect(expected.nominations.map((n) => [n.id, n.scorecards, n.weightedScore, n.normalisedScore])).toEqual([
      [pat.id, 2, 78, 1.343],
      [rae.id, 1, 60, 0],
      [quinn.id, 2, 44, -1.267],
    ]);
    // Lee's own mean and sd (62 ± 22) would have given Pat (1.225 + 1)/2 = 1.112 instead.
    expect(round(((72 - 60) / Math.sqrt(96) + (84 - 62) / 22) / 2, 3)).toBe(1.112);

    const body = await results(setup.category.id);
    expectFigures(body, expected);
    expect(body.judges.find((j: ExpectedJudge) => j.judgeId === lee)).toMatchObject({
      expected: 3,
      submitted: 2,
      normalised: false,
      assessment: 'not enough scorecards',
    });
    expect(body.judges.find((j: ExpectedJudge) => j.judgeId === sam)).toMatchObject({
      submitted: 3,
      normalised: true,
    });
    expect(body.judges.find((j: ExpectedJudge) => j.judgeId === jo)).toMatchObject({
      expected: 3,
      submitted: 0,
      meanScore: null,
      leniency: null,
      assessment: 'not enough scorecards',
    });
    expect(body.progress).toEqual({ expected: 9, submitted: 5 });
    expect(body.explanation).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Lee Chen's 2 scorecard\(s\) are too few or too alike/),
        'Still to come: Jo Whitfield (0 of 3 submitted), Lee Chen (2 of 3 submitted).',
      ]),
    );
  });

  it("leaves out a recused judge's scorecard, and expects one fewer from them", async () => {
    /*
     *                          X Xan       Y Yas       Z Zoe
     *  Sam                   8/6/3  70   5/6/3  55   9/8/4  85
     *  Lee                   6/6/3  60   5/4/2  45   8/8/4  80
     *  Jo   (chair)          7/8/4  75   4/6/3  50   8/6/3  70
     *
     *  Before: X = (70 + 60 + 75)/3 = 68.33 on 3 scorecards; Lee expected 3, submitted 3.
     *  Lee then declares a conflict on X: X = (70 + 75)/2 = 72.50 on 2 scorecards, sd 2.50;
     *  Lee expected 2, submitted 2, too few to normalise on their own.
     */
    const { setup, noms } = await category(['Xan Lowe', 'Yas Khan', 'Zoe Park']);
    const [xan, yas, zoe] = noms;
    const cards: Card[] = [
      { judgeId: sam, nominationId: xan.id, p: await score('sam', setup, xan, [8, 6, 3]) },
      { judgeId: sam, nominationId: yas.id, p: await score('sam', setup, yas, [5, 6, 3]) },
      { judgeId: sam, nominationId: zoe.id, p: await score('sam', setup, zoe, [9, 8, 4]) },
      { judgeId: lee, nominationId: xan.id, p: await score('lee', setup, xan, [6, 6, 3]) },
      { judgeId: lee, nominationId: yas.id, p: await score('lee', setup, yas, [5, 4, 2]) },
      { judgeId: lee, nominationId: zoe.id, p: await score('lee', setup, zoe, [8, 8, 4]) },
      { judgeId: jo, nominationId: xan.id, p: await score('jo', setup, xan, [7, 8, 4]) },
      { judgeId: jo, nominationId: yas.id, p: await score('jo', setup, yas, [4, 6, 3]) },
      { judgeId: jo, nominationId: zoe.id, p: await score('jo', setup, zoe, [8, 6, 3]) },
    ];
    expect(cards.map((c) => c.p)).toEqual([70, 55, 85, 60, 45, 80, 75, 50, 70]);

    const before = await results(setup.category.id);
    expectFigures(before, expectedResults({ nominations: noms, judges, cards }));
    expect(before.nominations.find((n: Nom) => n.id === xan.id)).toMatchObject({ scorecards: 3 });
    expect(before.nominations.find((n: Nom) => n.id === xan.id).weightedScore).toBeCloseTo(68.33, 2);
    expect(before.judges.find((j: ExpectedJudge) => j.judgeId === lee)).toMatchObject({ expected: 3, submitted: 3 });

    await api.http
      .post(`/api/v1/nominations/${xan.id}/conflicts`)
      .set('Authorization', as('lee'))
      .send({ reason: 'Xan was my student on placement last year' })
      .expect(200);

    const after = await results(setup.category.id);
    const counted = cards.filter((c) => !(c.judgeId === lee && c.nominationId === xan.id));
    expectFigures(
      after,
      expectedResults({
        nominations: noms,
        judges,
        cards: counted,
        recusals: [{ judgeId: lee, nominationId: xan.id }],
      }),
    );
    expect(after.nominations.find((n: Nom) => n.id === xan.id)).toMatchObject({ scorecards: 2 });
    expect(after.nominations.find((n: Nom) => n.id === xan.id).weightedScore).toBeCloseTo(72.5, 2);
    expect(after.nominations.find((n: Nom) => n.id === xan.id).standardDeviation).toBeCloseTo(2.5, 2);
    expect(after.judges.find((j: ExpectedJudge) => j.judgeId === lee)).toMatchObject({
      expected: 2,
      submitted: 2,
      normalised: false,
      assessment: 'not enough scorecards',
    });
    expect(after.progress).toEqual({ expected: 8, submitted: 8 });
  });
});
