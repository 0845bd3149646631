import type { Job } from 'bullmq';
import { EventType, JobName, type JobQueues } from '@commend/core';
import type { EvidenceCheckService } from '../evidence-check.service';
import { EvidenceCheckProcessor } from './evidence-check.processor';

function processor() {
  const added: unknown[][] = [];
  const checks: unknown[][] = [];
  const queues = { add: (...args: unknown[]) => (added.push(args), Promise.resolve()) } as unknown as JobQueues;
  const service = {
    check: (...args: unknown[]) => (checks.push(args), Promise.resolve('checked')),
  } as unknown as EvidenceCheckService;
  return { processor: new EvidenceCheckProcessor(queues, service), added, checks };
}

describe('EvidenceCheckProcessor', () => {
  it("turns each request into one job named by the event's id, carrying ids only", async () => {
    // Arrange
    const { processor: p, added } = processor();

    // Act
    await p.onEvent({
      id: 'ev-1',
      type: EventType.EvidenceCheckRequested,
      payload: { evidenceId: 'e1', generation: 4 },
    });
    await p.onEvent({ id: 'ev-2', type: EventType.NominationSubmitted, payload: { nominationId: 'n1' } });

    // Assert
    expect(added).toEqual([
      [JobName.EvidenceCheck, { evidenceId: 'e1', generation: 4 }, { jobId: 'evidence-check-ev-1' }],
    ]);
  });

  it.each([
    [0, 3, false],
    [1, 3, false],
    [2, 3, true],
  ])('after %i attempts of %i, the check is told whether this is the last (%s)', async (made, attempts, last) => {
    // Arrange
    const { processor: p, checks } = processor();

    // Act
    await p.check({ evidenceId: 'e1', generation: 1 }, { attemptsMade: made, opts: { attempts } } as Job);

    // Assert
    expect(checks).toEqual([['e1', 1, last]]);
  });
});
