import { notifyLimiter } from './queue-workers.service';

describe("The notifications queue's limiter under GOV.UK Notify", () => {
  it("starts a second's share of the minute's limit each second", () => {
    expect(notifyLimiter(3000)).toEqual({ max: 50, duration: 1000 });
    expect(notifyLimiter(6000)).toEqual({ max: 100, duration: 1000 });
  });

  it('never exceeds a limit that does not divide into seconds, or is under one a second', () => {
    for (const rate of [90, 100, 3001, 59, 30, 1]) {
      const { max, duration } = notifyLimiter(rate);
      expect(max).toBeGreaterThanOrEqual(1);
      expect((max * 60_000) / duration).toBeLessThanOrEqual(rate);
    }
    expect(notifyLimiter(30)).toEqual({ max: 1, duration: 2000 });
  });
});
