import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { Announcement, Certificate } from '@commend/announcements';
import { AuditChainCheck, AuditRecord } from '@commend/audit';
import { User } from '@commend/auth';
import { OutboxEvent, secretFromEnv } from '@commend/core';
import { Conflict, OutcomesRecord, Outcome, PanelMember, Score, Scorecard } from '@commend/judging';
import { Evidence, EvidenceRedaction, Nomination, NominationStatement, SigningKey } from '@commend/nominations';
import { Notification } from '@commend/notifications';
import { Category, Criterion, Programme } from '@commend/programmes';
import { MIGRATIONS } from './index';

/** Every entity, listed explicitly (globs break in monorepo builds). */
export const ENTITIES = [
  User,
  AuditRecord,
  AuditChainCheck,
  OutboxEvent,
  Programme,
  Category,
  Criterion,
  Nomination,
  NominationStatement,
  Evidence,
  EvidenceRedaction,
  SigningKey,
  PanelMember,
  Conflict,
  Scorecard,
  Score,
  OutcomesRecord,
  Outcome,
  Announcement,
  Certificate,
  Notification,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  };
}

/**
 * For the TypeORM CLI (`npm run migration:run`, `npm run migration:generate`): DATABASE_URL (or
 * DATABASE_URL_FILE) is all it reads, so the migration step needs no other setting.
 */
export default new DataSource(
  dataSourceOptions(secretFromEnv('DATABASE_URL') ?? 'postgres://commend@127.0.0.1:5432/commend'),
);
