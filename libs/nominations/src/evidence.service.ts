import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService, ChangeRecorder } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { lockOrFail, NotFoundError, STORAGE_DRIVER, type StorageDriver, type StoredObject } from '@commend/core';
import { Category } from '@commend/programmes';
import type { EvidenceRedactionView } from './dto/nomination-view.dto';
import { EvidenceRedaction } from './entities/evidence-redaction.entity';
import { Evidence } from './entities/evidence.entity';
import { Nomination } from './entities/nomination.entity';
import { evidenceCheckRequested } from './evidence-check.service';
import { EvidenceInspector, EvidenceTooLargeError, type EvidenceInspection } from './evidence/evidence-inspector';
import { EvidenceRiskError } from './evidence/evidence-risk';
import { EVIDENCE_MEDIA_TYPES, type EvidenceType } from './evidence/evidence-type';
import { cleanFileName } from './evidence/file-name';
import {
  EvidenceNotStoredIntactError,
  EvidenceRejectedError,
  NominationStateError,
  RedactionNotBlindError,
} from './nominations.errors';

const TYPE_NAMES: Record<EvidenceType, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  png: 'PNG',
  jpeg: 'JPEG',
  text: 'plain text',
};
const CLAIMED: Record<string, EvidenceType> = {
  'application/pdf': 'pdf',
  [EVIDENCE_MEDIA_TYPES.docx]: 'docx',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'text/plain': 'text',
};

/** What a judge's download served: the admin's redacted copy, the text masked by the caller, or the original. */
export type EvidenceServed = 'redacted' | 'masked' | 'original';

export interface OpenedEvidence {
  evidence: Evidence;
  /** The redacted copy whose bytes `stream` carries, when one was asked for and exists. */
  redaction: EvidenceRedaction | null;
  stream: Readable;
}

const REDACTION_COLUMNS = {
  id: true,
  evidenceId: true,
  storageKey: true,
  fileName: true,
  type: true,
  size: true,
  sha256: true,
  uploadedBy: true,
  createdAt: true,
} as const;

const redactionView = ({ storageKey: _key, evidence: _evidence, ...view }: EvidenceRedaction): EvidenceRedactionView =>
  view;

/** The redacted copies of these evidence files, by evidence id (no storage keys). */
export async function redactionsOf(
  db: DataSource | EntityManager,
  evidenceIds: string[],
): Promise<Map<string, EvidenceRedactionView>> {
  if (evidenceIds.length === 0) return new Map();
  const rows = await db.getRepository(EvidenceRedaction).find({ where: { evidenceId: In(evidenceIds) } });
  return new Map(rows.map((r) => [r.evidenceId, redactionView(r)]));
}

interface Received {
  fileName: string;
  claimedType: string;
  result: ReturnType<EvidenceInspector['result']>;
}

const rejected = (kind: 'invalid' | 'too_large' | 'unsupported' | 'unprocessable', code: string, message: string) =>
  new EvidenceRejectedError(kind, code, message);

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly changes: ChangeRecorder,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  /**
   * Streams one multipart file to storage while hashing it and deciding its type from its
   * bytes; records it only when every check passed, and removes the stored bytes otherwise.
   * The file's privacy check is asked for in the same transaction; the worker reads it.
   */
  async upload(nominationId: string, user: AuthUser, req: IncomingMessage): Promise<Evidence> {
    const { category } = await this.ownedDraft(this.dataSource.manager, nominationId, user);
    await this.assertRoom(this.dataSource.manager, nominationId, category);
    const key = `evidence/${nominationId}/${randomUUID()}`;
    let received: Received;
    try {
      received = await this.receive(req, key, category.evidenceMaxBytes);
      this.check(received, category);
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.ownedDraft(manager, nominationId, user, true);
        await this.assertRoom(manager, nominationId, category);
        const repo = manager.getRepository(Evidence);
        const evidence = await repo.save(
          repo.create({
            nominationId,
            storageKey: key,
            fileName: received.fileName,
            type: received.result.type!,
            size: received.result.size,
            sha256: received.result.sha256,
            uploadedBy: user.id,
            checkStatus: 'checking',
            checkFindings: [],
            checkedAt: null,
            checkGeneration: 1,
          }),
        );
        await this.changes.record(manager, {
          actorId: user.id,
          action: 'evidence.uploaded',
          entityType: 'nomination',
          entityId: nominationId,
          data: { evidenceId: evidence.id, type: evidence.type, size: evidence.size, sha256: evidence.sha256 },
          events: [evidenceCheckRequested(evidence.id, evidence.checkGeneration)],
        });
        const {
          storageKey: _key,
          checkFindings: _findings,
          checkGeneration: _generation,
          checkRequestedAt: _requestedAt,
          ...view
        } = evidence;
        return view as Evidence;
      });
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
  }

  /** Opens a file for its nominator or an admin, and writes the read to the audit trail first. */
  async open(
    nominationId: string,
    evidenceId: string,
    user: AuthUser,
  ): Promise<{ evidence: Evidence; stream: Readable }> {
    const nomination = await this.dataSource.getRepository(Nomination).findOneBy({ id: nominationId });
    if (!nomination || (nomination.nominatorId !== user.id && !hasRole(user, Role.Admin)))
      throw new NotFoundError('evidence');
    return this.openAudited(nominationId, evidenceId, user, 'nominator-or-admin');
  }

  /**
   * Opens a file for a reader whose right to it the caller has checked (a judge of the
   * nomination), writing the read to the audit trail first. With `preferRedacted` (a judge of a
   * blind category), the admin's redacted copy is opened instead of the original when there is
   * one; `masked` says the caller will mask the original's text, for the audit record.
   */
  async openAudited(
    nominationId: string,
    evidenceId: string,
    user: AuthUser,
    as: string,
    options: { preferRedacted?: boolean; masked?: (evidence: Evidence) => boolean } = {},
  ): Promise<OpenedEvidence> {
    const evidence = await this.dataSource.getRepository(Evidence).findOne({
      where: { id: evidenceId, nominationId },
      select: { id: true, nominationId: true, storageKey: true, fileName: true, type: true, size: true, sha256: true },
    });
    if (!evidence) throw new NotFoundError('evidence');
    const redaction = options.preferRedacted
      ? await this.dataSource
          .getRepository(EvidenceRedaction)
          .findOne({ where: { evidenceId }, select: REDACTION_COLUMNS })
      : null;
    const served: EvidenceServed = redaction ? 'redacted' : options.masked?.(evidence) ? 'masked' : 'original';
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: user.id,
        action: 'evidence.downloaded',
        entityType: 'nomination',
        entityId: nominationId,
        data: options.preferRedacted === undefined ? { evidenceId, as } : { evidenceId, as, served },
      }),
    );
    const stream = await this.storage.read(redaction?.storageKey ?? evidence.storageKey);
    return { evidence, redaction, stream };
  }

  /**
   * Stores an admin's redacted copy of an evidence file, which judges of a blind category get
   * instead of the original: the same checks by content as an upload, within the category's
   * types and size. It replaces any earlier copy, whose bytes are deleted after the commit.
   */
  async putRedaction(
    nominationId: string,
    evidenceId: string,
    admin: AuthUser,
    req: IncomingMessage,
  ): Promise<EvidenceRedactionView> {
    const category = await this.redactable(this.dataSource.manager, nominationId, evidenceId);
    const key = `evidence/${nominationId}/redacted-${randomUUID()}`;
    let received: Received;
    try {
      received = await this.receive(req, key, category.evidenceMaxBytes);
      this.check(received, category);
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
    let replaced: string | null;
    let saved: EvidenceRedaction;
    try {
      ({ replaced, saved } = await this.dataSource.transaction(async (manager) => {
        await this.redactable(manager, nominationId, evidenceId, true);
        const repo = manager.getRepository(EvidenceRedaction);
        const earlier = await repo.findOne({ where: { evidenceId }, select: { id: true, storageKey: true } });
        if (earlier) await repo.delete({ id: earlier.id });
        const row = await repo.save(
          repo.create({
            evidenceId,
            storageKey: key,
            fileName: received.fileName,
            type: received.result.type!,
            size: received.result.size,
            sha256: received.result.sha256,
            uploadedBy: admin.id,
          }),
        );
        await this.audit.record(manager, {
          actorId: admin.id,
          action: 'evidence.redacted',
          entityType: 'nomination',
          entityId: nominationId,
          data: { evidenceId, type: row.type, size: row.size, sha256: row.sha256, replaced: earlier !== null },
        });
        return { replaced: earlier?.storageKey ?? null, saved: row };
      }));
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
    if (replaced) await this.storage.delete(replaced);
    return redactionView(saved);
  }

  /** Opens the redacted copy for an admin, writing the read to the audit trail first. */
  async openRedaction(
    nominationId: string,
    evidenceId: string,
    admin: AuthUser,
  ): Promise<{ redaction: EvidenceRedactionView; stream: Readable }> {
    const redaction = await this.findRedaction(this.dataSource.manager, nominationId, evidenceId);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: admin.id,
        action: 'evidence.downloaded',
        entityType: 'nomination',
        entityId: nominationId,
        data: { evidenceId, as: 'admin', served: 'redacted' },
      }),
    );
    return { redaction: redactionView(redaction), stream: await this.storage.read(redaction.storageKey) };
  }

  /**
   * Removes the redacted copy: judges get the original again (masked, for text). Allowed in any
   * category, so a copy left from when the category was judged blind can still go.
   */
  async removeRedaction(nominationId: string, evidenceId: string, admin: AuthUser): Promise<void> {
    const key = await this.dataSource.transaction(async (manager) => {
      await lockOrFail(manager, Nomination, nominationId, 'nomination');
      const redaction = await this.findRedaction(manager, nominationId, evidenceId);
      await manager.getRepository(EvidenceRedaction).delete({ id: redaction.id });
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'evidence.redaction_removed',
        entityType: 'nomination',
        entityId: nominationId,
        data: { evidenceId },
      });
      return redaction.storageKey;
    });
    await this.storage.delete(key);
  }

  private async findRedaction(
    manager: EntityManager,
    nominationId: string,
    evidenceId: string,
  ): Promise<EvidenceRedaction> {
    const evidence = await manager.getRepository(Evidence).findOne({
      where: { id: evidenceId, nominationId },
      select: { id: true },
    });
    if (!evidence) throw new NotFoundError('evidence');
    const redaction = await manager
      .getRepository(EvidenceRedaction)
      .findOne({ where: { evidenceId }, select: REDACTION_COLUMNS });
    if (!redaction) throw new NotFoundError('redacted_copy');
    return redaction;
  }

  /**
   * The category of an evidence file an admin may attach a redacted copy to: of a submitted or
   * eligible nomination in a category judged blind (elsewhere judges see the original anyway).
   */
  private async redactable(
    manager: EntityManager,
    nominationId: string,
    evidenceId: string,
    lock = false,
  ): Promise<Category> {
    const nomination = lock
      ? await lockOrFail(manager, Nomination, nominationId, 'nomination')
      : await manager.getRepository(Nomination).findOneBy({ id: nominationId });
    if (!nomination) throw new NotFoundError('nomination');
    const evidence = await manager.getRepository(Evidence).countBy({ id: evidenceId, nominationId });
    if (!evidence) throw new NotFoundError('evidence');
    if (nomination.status !== 'submitted' && nomination.status !== 'eligible') {
      throw new NominationStateError(
        `Only a submitted or eligible nomination's evidence can be redacted; this one is ${nomination.status}`,
      );
    }
    const category = await manager.getRepository(Category).findOneByOrFail({ id: nomination.categoryId });
    if (!category.effectiveBlindJudging) throw new RedactionNotBlindError();
    return category;
  }

  async remove(nominationId: string, evidenceId: string, user: AuthUser): Promise<void> {
    const key = await this.dataSource.transaction(async (manager) => {
      await this.ownedDraft(manager, nominationId, user, true);
      const evidence = await manager.getRepository(Evidence).findOne({
        where: { id: evidenceId, nominationId },
        select: { id: true, storageKey: true },
      });
      if (!evidence) throw new NotFoundError('evidence');
      await manager.getRepository(Evidence).delete({ id: evidenceId });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'evidence.removed',
        entityType: 'nomination',
        entityId: nominationId,
        data: { evidenceId },
      });
      return evidence.storageKey;
    });
    await this.storage.delete(key);
  }

  private async ownedDraft(
    manager: EntityManager,
    nominationId: string,
    user: AuthUser,
    lock = false,
  ): Promise<{ nomination: Nomination; category: Category }> {
    const nomination = lock
      ? await lockOrFail(manager, Nomination, nominationId, 'nomination')
      : await manager.getRepository(Nomination).findOneBy({ id: nominationId });
    if (!nomination || nomination.nominatorId !== user.id) throw new NotFoundError('nomination');
    if (nomination.status !== 'draft') {
      throw new NominationStateError(
        `Evidence can be changed only on a draft; this nomination is ${nomination.status}`,
      );
    }
    const category = await manager.getRepository(Category).findOneByOrFail({ id: nomination.categoryId });
    return { nomination, category };
  }

  private async assertRoom(manager: EntityManager, nominationId: string, category: Category): Promise<void> {
    const count = await manager.getRepository(Evidence).countBy({ nominationId });
    if (count >= category.evidenceMaxFiles) {
      throw rejected(
        'unprocessable',
        'too_many',
        `This category takes at most ${category.evidenceMaxFiles} evidence file(s); remove one first`,
      );
    }
  }

  private check(received: Received, category: Category): void {
    const { type, size } = received.result;
    if (size === 0) throw rejected('invalid', 'empty', 'The file is empty');
    const accepted = category.evidenceTypes.map((t) => TYPE_NAMES[t]).join(', ');
    if (!type) {
      // Word's "Unicode" text and old Windows files are UTF-16 or Latin-1: say how to fix it.
      const hint = received.claimedType.toLowerCase().startsWith('text/') ? ' (save text files as UTF-8)' : '';
      throw rejected(
        'unsupported',
        'unsupported_type',
        `The file's content is not one this category accepts: ${accepted}${hint}`,
      );
    }
    if (!category.evidenceTypes.includes(type)) {
      throw rejected(
        'unsupported',
        'type_not_accepted',
        `The file is ${TYPE_NAMES[type]}; this category accepts ${accepted}`,
      );
    }
    const claimed = CLAIMED[received.claimedType.toLowerCase()];
    if (claimed && claimed !== type) {
      throw rejected(
        'unsupported',
        'type_mismatch',
        `The file was sent as ${received.claimedType} but its content is ${TYPE_NAMES[type]}`,
      );
    }
  }

  private receive(req: IncomingMessage, key: string, maxBytes: number): Promise<Received> {
    if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
      return Promise.reject(
        rejected('invalid', 'not_multipart', 'Send the file as multipart/form-data in a field named "file"'),
      );
    }
    // The client may have gone while the nomination was being checked: its 'close' has been and gone.
    if (req.destroyed) return Promise.reject(cutShort());
    return new Promise<Received>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        // preservePath: see the name as sent, so a path in it is refused rather than quietly cut.
        parser = busboy({
          headers: req.headers,
          limits: { files: 1, fields: 0 },
          defParamCharset: 'utf8',
          preservePath: true,
        });
      } catch {
        reject(rejected('invalid', 'malformed', 'The upload is not well-formed multipart/form-data'));
        return;
      }
      let file: Readable | null = null;
      let upload: Promise<Received> | null = null;
      let failed = false;
      // Stops reading, ends any write in progress, and rejects only once that write has cleaned up,
      // so the caller's delete comes after the last byte and no handle outlives the request.
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        req.unpipe(parser);
        req.resume();
        if (upload) file?.destroy(new Error('upload refused')); // the write's pipeline hears it and cleans up
        void (upload ?? Promise.resolve()).catch(() => undefined).then(() => reject(error));
      };
      parser.on('file', (field, stream, info) => {
        // busboy may still emit a part from bytes it had already parsed when the upload was
        // refused (a field before the file): never start a write then, or it outlives the refusal.
        if (file || failed) return stream.resume();
        file = stream;
        const name = cleanFileName(info.filename ?? '');
        if (field !== 'file' || !name.ok) stream.resume();
        if (field !== 'file') return fail(rejected('invalid', 'bad_field', 'Send the file in a field named "file"'));
        if (!name.ok) return fail(rejected('invalid', 'bad_name', name.problem));
        const inspector = new EvidenceInspector({ maxBytes });
        const source = pipeline(stream, inspector, () => undefined);
        upload = this.storage.write(key, source).then(
          (stored) => ({
            fileName: name.name,
            claimedType: info.mimeType,
            result: storedAsInspected(stored, inspector.result()),
          }),
          (error: unknown) => {
            if (error instanceof EvidenceTooLargeError) {
              throw rejected(
                'too_large',
                'too_large',
                `The file is larger than this category's limit of ${formatBytes(maxBytes)}`,
              );
            }
            if (error instanceof EvidenceRiskError) throw rejected('unsupported', error.code, error.message);
            throw rejected('invalid', 'malformed', 'The upload was cut short or malformed: send the file again');
          },
        );
        upload.catch((error: Error) => fail(error));
      });
      parser.on('filesLimit', () => fail(rejected('invalid', 'one_file', 'Send one file per upload')));
      parser.on('fieldsLimit', () =>
        fail(rejected('invalid', 'no_fields', 'Send only the file, in a field named "file"')),
      );
      parser.on('error', () =>
        fail(rejected('invalid', 'malformed', 'The upload was cut short or malformed: send the file again')),
      );
      parser.on('close', () => {
        if (!upload)
          return fail(
            rejected('invalid', 'no_file', 'No file: send it as multipart/form-data in a field named "file"'),
          );
        upload.then(resolve, () => undefined);
      });
      req.on('error', () => fail(cutShort()));
      // A client that goes away mid-body: the request closes without completing (no 'error' is promised).
      req.on('close', () => {
        if (!req.complete) fail(cutShort());
      });
      req.pipe(parser);
    });
  }
}

/**
 * The one integrity rule for uploads: the SHA-256 and size the storage driver computed over what it
 * stored must be those the inspection computed over what was received, which the row then records.
 * A mismatch throws, and the caller deletes the stored bytes.
 */
export function storedAsInspected(stored: StoredObject, inspected: EvidenceInspection): EvidenceInspection {
  if (stored.sha256 !== inspected.sha256 || stored.size !== inspected.size) throw new EvidenceNotStoredIntactError();
  return inspected;
}

const cutShort = () => rejected('invalid', 'malformed', 'The upload was cut short: send the file again');

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}
