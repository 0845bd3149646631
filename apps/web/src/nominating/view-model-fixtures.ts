import type { Category, Nomination, Programme } from './nominations-api';

/**
 * The API's answers as the view-model specs of the nominating and the coordinator's pages take
 * them: one programme, one category with two criteria (given out of order), one nomination.
 * Each spec overrides what its page is about.
 */
export const programme = (over: Partial<Programme> = {}): Programme =>
  ({
    id: 'p1',
    name: 'Social Work Week 2027 Awards',
    description: '',
    status: 'open',
    timeZone: 'Europe/London',
    nominationsCloseAt: '2027-03-19T17:00:00Z',
    privacyFindingsBlockSubmission: false,
    ...over,
  }) as Programme;
export const category = (over: Partial<Category> = {}): Category =>
  ({
    id: 'c1',
    programmeId: 'p1',
    name: 'Safeguarding Award',
    description: '',
    eligibility: '',
    nomineeType: 'individual',
    evidenceMaxFiles: 2,
    evidenceMaxBytes: 64 * 1024,
    evidenceTypes: ['pdf', 'docx'],
    criteria: [
      {
        id: 'k2',
        categoryId: 'c1',
        position: 2,
        title: 'Practice',
        guidance: '',
        weight: 1,
        scaleMax: 10,
        wordLimit: 200,
      },
      {
        id: 'k1',
        categoryId: 'c1',
        position: 1,
        title: 'Impact',
        guidance: 'What changed',
        weight: 1,
        scaleMax: 10,
        wordLimit: 300,
      },
    ],
    ...over,
  }) as Category;
export const nomination = (over: Partial<Nomination> = {}): Nomination => ({
  id: 'n1',
  reference: 'SWW27-0042',
  programmeId: 'p1',
  categoryId: 'c1',
  nominatorId: 'u1',
  status: 'draft',
  version: 3,
  nominee: { name: 'Sam Patel', email: 'sam@example.nhs.uk', jobTitle: null, team: null },
  teamMembers: [],
  relationship: 'Team manager',
  publicityConsent: 'not_asked',
  consent: { source: null, askedBy: null, askedAt: null, recordedAt: null, recordedBy: null },
  statements: [{ criterionId: 'k1', text: 'Saved text', words: 2, redactedText: null }],
  evidence: [],
  privacy: { checkedAt: null, findings: [], confirmed: false },
  screening: null,
  submittedAt: null,
  withdrawnAt: null,
  createdAt: '2027-03-01T09:00:00.000Z',
  updatedAt: '2027-03-01T09:00:00.000Z',
  ...over,
});
