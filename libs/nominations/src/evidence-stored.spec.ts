import { createHash } from 'node:crypto';
import { storedAsInspected } from './evidence.service';
import type { EvidenceInspection } from './evidence/evidence-inspector';
import { EvidenceNotStoredIntactError } from './nominations.errors';

const bytes = Buffer.from('Our nominee stayed late every night of the outbreak.');
const inspected: EvidenceInspection = {
  size: bytes.length,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  type: 'text',
  text: bytes.toString(),
  textTruncated: false,
};

describe('storedAsInspected', () => {
  it('accepts what storage stored when it is what the inspection read', () => {
    expect(storedAsInspected({ sha256: inspected.sha256, size: inspected.size }, inspected)).toBe(inspected);
  });

  it('refuses other bytes, or as many bytes with another hash', () => {
    const other = createHash('sha256').update('something else').digest('hex');

    expect(() => storedAsInspected({ sha256: other, size: inspected.size }, inspected)).toThrow(
      EvidenceNotStoredIntactError,
    );
    expect(() => storedAsInspected({ sha256: inspected.sha256, size: inspected.size - 1 }, inspected)).toThrow(
      EvidenceNotStoredIntactError,
    );
  });
});
