import { AuditChainCheck } from '../audit-chain-check.entity';

/** The chain's tamper check as last run. */
export class AuditVerification {
  /** Null when the check never ran. */
  lastCheck: AuditChainCheck | null;
}
