import { Foundation1795377704044 } from './1795377704044-Foundation';
import { ProgrammesNominations1795380710091 } from './1795380710091-ProgrammesNominations';
import { Judging1795386148013 } from './1795386148013-Judging';
import { QueueAnnouncements1795387393567 } from './1795387393567-QueueAnnouncements';
import { UserSignInName1796157312282 } from './1796157312282-UserSignInName';
import { CategorySettings1796157326069 } from './1796157326069-CategorySettings';
import { PublicityConsent1796159711131 } from './1796159711131-PublicityConsent';
import { JudgingRuleViews1796166697680 } from './1796166697680-JudgingRuleViews';
import { EventCatalogue1796166973254 } from './1796166973254-EventCatalogue';
import { AuditChainChecks1796182485886 } from './1796182485886-AuditChainChecks';
import { PublicityConsentWording1796188966572 } from './1796188966572-PublicityConsentWording';
import { PrivacyLocalIdentifiers1796250000000 } from './1796250000000-PrivacyLocalIdentifiers';
import { EvidenceCheck1796250000001 } from './1796250000001-EvidenceCheck';
import { EvidenceRedactions1796250000002 } from './1796250000002-EvidenceRedactions';

/** Every migration, in order. `npm run migration:generate` writes a file; add its class here. */
export const MIGRATIONS = [
  Foundation1795377704044,
  ProgrammesNominations1795380710091,
  Judging1795386148013,
  QueueAnnouncements1795387393567,
  UserSignInName1796157312282,
  CategorySettings1796157326069,
  PublicityConsent1796159711131,
  JudgingRuleViews1796166697680,
  EventCatalogue1796166973254,
  AuditChainChecks1796182485886,
  PublicityConsentWording1796188966572,
  PrivacyLocalIdentifiers1796250000000,
  EvidenceCheck1796250000001,
  EvidenceRedactions1796250000002,
];
