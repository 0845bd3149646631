import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { OutboxService, StorageDriver } from '@commend/core';
import { Category, Programme } from '@commend/programmes';
import { Evidence } from './entities/evidence.entity';
import { Nomination } from './entities/nomination.entity';
import { EvidenceCheckService, EvidenceUnreadableError } from './evidence-check.service';

interface Row {
  id: string;
  nominationId: string;
  storageKey: string;
  fileName: string;
  type: Evidence['type'];
  checkStatus: Evidence['checkStatus'];
  checkGeneration: number;
}

/** A data source holding one evidence row, its nomination, programme and category; UPDATEs are recorded. */
function fakes(row: Row | null, options: { bytes?: Buffer; readFails?: boolean; updateMatches?: boolean } = {}) {
  const updates: unknown[][] = [];
  const entities = new Map<unknown, unknown>([
    [
      Nomination,
      {
        id: 'n1',
        programmeId: 'p1',
        categoryId: 'c1',
        nomineeName: 'Sam Patel',
        nomineeEmail: 'sam.patel@example.nhs.uk',
        nomineeTeam: null,
        teamMembers: [],
      },
    ],
    [Programme, { id: 'p1', name: 'Awards', privacyLocalIdentifiers: [] }],
    [Category, { id: 'c1', name: 'Safeguarding Award' }],
  ]);
  const dataSource = {
    getRepository: (entity: unknown) => ({
      findOne: () => Promise.resolve(entity === Evidence ? row : null),
      findOneByOrFail: () => Promise.resolve(entities.get(entity)),
    }),
    query: (sql: string, params: unknown[]) => {
      updates.push([sql, ...params]);
      return Promise.resolve([[], options.updateMatches === false ? 0 : 1]);
    },
  } as unknown as DataSource;
  const reads: string[] = [];
  const storage = {
    read: (key: string) => {
      reads.push(key);
      if (options.readFails) return Promise.reject(new Error('Dennis Pryce, LS6 2QB: not found'));
      return Promise.resolve(Readable.from([options.bytes ?? Buffer.from('')]));
    },
  } as unknown as StorageDriver;
  return { service: new EvidenceCheckService(dataSource, storage, {} as OutboxService), updates, reads };
}

const row = (over: Partial<Row> = {}): Row => ({
  id: 'e1',
  nominationId: 'n1',
  storageKey: 'evidence/n1/k1',
  fileName: 'notes.txt',
  type: 'text',
  checkStatus: 'checking',
  checkGeneration: 2,
  ...over,
});

describe('EvidenceCheckService.check', () => {
  it('stores the masked findings for the generation it was asked for, and only that generation', async () => {
    // Arrange
    const { service, updates } = fakes(row(), {
      bytes: Buffer.from('Seen at M1 1AE; write to sam.patel@example.nhs.uk'),
    });

    // Act
    const outcome = await service.check('e1', 2);

    // Assert
    expect(outcome).toBe('checked');
    const [[sql, id, generation, status, findings]] = updates as [[string, string, number, string, string]];
    expect(sql).toMatch(/WHERE id = \$1 AND check_generation = \$2/);
    expect([id, generation, status]).toEqual(['e1', 2, 'checked']);
    expect(JSON.parse(findings)).toEqual([
      expect.objectContaining({
        kind: 'postcode',
        source: { type: 'evidence', evidenceId: 'e1', fileName: 'notes.txt' },
      }),
    ]);
    expect(findings).not.toContain('M1 1AE');
  });

  it('does nothing for an older request than the row has: a newer check is coming', async () => {
    // Arrange
    const { service, updates, reads } = fakes(row({ checkGeneration: 3 }));

    // Act
    const outcome = await service.check('e1', 2);

    // Assert
    expect(outcome).toBe('superseded');
    expect(reads).toEqual([]);
    expect(updates).toEqual([]);
  });

  it('says superseded when a newer request came in while it read', async () => {
    // Arrange
    const { service } = fakes(row(), { bytes: Buffer.from('Nothing here.'), updateMatches: false });

    // Act / Assert
    expect(await service.check('e1', 2)).toBe('superseded');
  });

  it('does nothing for a file removed since', async () => {
    // Act / Assert
    expect(await fakes(null).service.check('e1', 1)).toBe('superseded');
  });

  it('stores an image as not readable without reading it', async () => {
    // Arrange
    const { service, updates, reads } = fakes(row({ type: 'png', fileName: 'photo.png' }));

    // Act
    const outcome = await service.check('e1', 2);

    // Assert
    expect(outcome).toBe('not_readable');
    expect(reads).toEqual([]);
    expect(updates[0].slice(1, 4)).toEqual(['e1', 2, 'not_readable']);
  });

  it('throws for a retry when a file cannot be read, carrying none of the original message', async () => {
    // Arrange
    const { service, updates } = fakes(row(), { readFails: true });

    // Act
    const error = await service.check('e1', 2, false).catch((e: unknown) => e);

    // Assert
    expect(error).toBeInstanceOf(EvidenceUnreadableError);
    expect((error as Error).message).toBe('The evidence file could not be read');
    expect(JSON.stringify(error)).not.toContain('Dennis');
    expect(updates).toEqual([]);
  });

  it('stores failed on the last attempt, with no findings', async () => {
    // Arrange
    const { service, updates } = fakes(row({ type: 'pdf', fileName: 'broken.pdf' }), {
      bytes: Buffer.from('%PDF-1.4\nnot a PDF'),
    });

    // Act
    const outcome = await service.check('e1', 2, true);

    // Assert
    expect(outcome).toBe('failed');
    expect(updates[0].slice(1)).toEqual(['e1', 2, 'failed', '[]']);
  });
});
