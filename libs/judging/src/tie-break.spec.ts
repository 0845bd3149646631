import { tieBreak, unbrokenTie } from './tie-break';

describe('tieBreak', () => {
  it('has nothing to break without a raw tie', () => {
    expect(tieBreak('normalised_then_chair', false, false)).toBeNull();
    expect(tieBreak('chair', false, true)).toBeNull();
  });

  it('breaks a raw tie by the normalised score when the rule allows it and the normalised scores differ', () => {
    expect(tieBreak('normalised_then_chair', true, false)).toBe('normalised');
  });

  it("leaves it to the chair when the normalised scores tie too, or the rule is the chair's alone", () => {
    expect(tieBreak('normalised_then_chair', true, true)).toBe('chair');
    expect(tieBreak('chair', true, false)).toBe('chair');
  });
});

describe('unbrokenTie', () => {
  const nomination = (id: string, weightedScore: number | null, normalisedScore: number | null, raw: boolean) => ({
    id,
    reference: `SWW27-000${id}`,
    weightedScore,
    normalisedScore,
    tie: { raw },
  });
  // A and B tie on 80 (A ahead once normalised); C is alone on 70.
  const results = [nomination('1', 80, 0.5, true), nomination('2', 80, 0.1, true), nomination('3', 70, -0.6, false)];
  const winner = (nominationId: string, tieBreakReason?: string) => ({ nominationId, kind: 'winner', tieBreakReason });

  it('accepts a winner with no raw tie', () => {
    expect(unbrokenTie('chair', results, [winner('3')])).toBeNull();
  });

  it('accepts a tied winner the normalised score puts ahead, under normalised_then_chair', () => {
    expect(unbrokenTie('normalised_then_chair', results, [winner('1')])).toBeNull();
  });

  it('asks for the chair’s reason for a tied winner the normalised score puts behind', () => {
    expect(unbrokenTie('normalised_then_chair', results, [winner('2')])).toEqual({
      winner: 'SWW27-0002',
      rivals: ['SWW27-0001'],
    });
  });

  it("asks for the chair's reason whatever the normalised score when the rule is the chair's", () => {
    expect(unbrokenTie('chair', results, [winner('1')])).toEqual({ winner: 'SWW27-0001', rivals: ['SWW27-0002'] });
  });

  it('accepts a tie the chair broke with a reason, or one with no rival left (both are winners)', () => {
    expect(unbrokenTie('chair', results, [winner('1', 'Wider impact across the service')])).toBeNull();
    expect(unbrokenTie('chair', results, [winner('1'), winner('2')])).toBeNull();
  });

  it('counts a runner-up as a rival: only winners leave the tie', () => {
    expect(unbrokenTie('chair', results, [winner('1'), { nominationId: '2', kind: 'runner_up' }])).toEqual({
      winner: 'SWW27-0001',
      rivals: ['SWW27-0002'],
    });
  });

  it('treats a normalised score that is missing as the lowest', () => {
    const unnormalised = [nomination('1', 80, null, true), nomination('2', 80, null, true)];
    expect(unbrokenTie('normalised_then_chair', unnormalised, [winner('1')])).toEqual({
      winner: 'SWW27-0001',
      rivals: ['SWW27-0002'],
    });
  });
});
