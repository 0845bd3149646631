import { canonicalJson, chainHash, GENESIS_HASH } from './audit-chain';

const content = {
  id: '3f1d7c8e-0000-4000-8000-000000000001',
  occurredAt: new Date('2027-03-21T10:00:00.000Z'),
  actorId: null,
  action: 'nomination.submitted',
  entityType: 'nomination',
  entityId: 'n-1',
  data: { status: 'submitted', version: 2 },
};

describe('audit chain', () => {
  it('orders keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same hash whatever the key order of data', () => {
    const reordered = { ...content, data: { version: 2, status: 'submitted' } };

    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, content));
  });

  it('changes when the content or the previous hash changes', () => {
    const original = chainHash(GENESIS_HASH, content);

    expect(chainHash(GENESIS_HASH, { ...content, action: 'nomination.withdrawn' })).not.toBe(original);
    expect(chainHash('f'.repeat(64), content)).not.toBe(original);
  });
});
