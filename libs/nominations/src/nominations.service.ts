import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { EventType, lockOrFail, NotFoundError, StaleVersionError, type EventInput } from '@commend/core';
import { Category, Criterion, isAcceptingNominations, Programme, takeNominationReference } from '@commend/programmes';
import type {
  CreateNominationDto,
  ListNominationsQueryDto,
  ScreeningDto,
  UpdateNominationDto,
} from './dto/nomination.dto';
import { Evidence } from './entities/evidence.entity';
import { redactionsOf } from './evidence.service';
import { NominationStatement } from './entities/nomination-statement.entity';
import { Nomination, type NominationStatus } from './entities/nomination.entity';
import { EvidenceCheckService } from './evidence-check.service';
import { toView, type NominationView, type PossibleDuplicate } from './nomination-view';
import {
  DraftSavedRefusalError,
  EvidenceBeingCheckedError,
  NominationIncompleteError,
  NominationInvalidError,
  NominationsClosedError,
  NominationStateError,
  NotNominatorError,
  PrivacyFindingsError,
} from './nominations.errors';
import type { PrivacyFinding } from './privacy/privacy-finding';
import { scanText } from './privacy/privacy-scanner';
import { scanOptionsFor } from './privacy/scan-options';
import { countWords } from './words';

type Fields = Omit<UpdateNominationDto, 'version'>;

@Injectable()
export class NominationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: ChangeRecorder,
    private readonly evidenceChecks: EvidenceCheckService,
  ) {}

  /**
   * Creates a draft; with `submit`, submits it in the same transaction. A submission refused
   * for something the nominator can fix (missing answers, privacy findings) keeps the draft.
   * Everything that needs no lock is worked out first: the transaction holds the programme's
   * row and the audit chain until it commits.
   */
  async create(categoryId: string, dto: CreateNominationDto, user: AuthUser): Promise<NominationView> {
    const category = await this.category(this.dataSource.manager, categoryId);
    const nomination = this.dataSource.getRepository(Nomination).create({
      programmeId: category.programmeId,
      categoryId,
      nominatorId: user.id,
      teamMembers: [],
      privacyFindings: [],
    });
    this.applyFields(nomination, dto, category);
    nomination.statements = (dto.statements ?? []).map(
      (s) => ({ criterionId: s.criterionId, text: s.text }) as NominationStatement,
    );
    nomination.evidence = [];
    const programme = await this.dataSource.getRepository(Programme).findOneBy({ id: category.programmeId });
    if (!programme || programme.status === 'draft') throw new NotFoundError('category');
    const refusal = dto.submit
      ? this.decideSubmission(
          nomination,
          programme,
          category,
          await this.scanStatements(nomination, category),
          dto.confirmPrivacyFindings === true,
        )
      : null;

    const id = await this.dataSource.transaction(async (manager) => {
      // Checks the window and takes the programme's row lock with the reference: no gaps or duplicates.
      const reference = await takeNominationReference(manager, category.programmeId);
      if (!reference) throw new NominationsClosedError();
      nomination.reference = reference;
      const { statements, evidence: _evidence, ...row } = nomination;
      const saved = await manager.getRepository(Nomination).save(row);
      await this.saveStatements(manager, saved.id, statements ?? []);
      const submitted = nomination.status === 'submitted';
      // A draft is its nominator's alone: audited, but only its submission is an event.
      await this.changes.record(manager, {
        actorId: user.id,
        action: submitted ? ['nomination.created', 'nomination.submitted'] : 'nomination.created',
        entityType: 'nomination',
        entityId: saved.id,
        data: { reference: saved.reference, findings: nomination.privacyFindings.length },
        events: submitted ? [{ type: EventType.NominationSubmitted, payload: { nominationId: saved.id } }] : [],
      });
      Object.assign(nomination, saved);
      return saved.id;
    });
    if (refusal) {
      // The draft is kept, so nothing typed is lost; say where it is.
      throw new DraftSavedRefusalError(refusal, id);
    }
    // Everything stored is in hand: no need to read it back.
    return toView(nomination);
  }

  async update(id: string, dto: UpdateNominationDto, user: AuthUser): Promise<NominationView> {
    await this.dataSource.transaction(async (manager) => {
      const nomination = await this.ownedForChange(manager, id, user);
      if (nomination.version !== dto.version) throw new StaleVersionError('nomination', nomination.version);
      if (nomination.status !== 'draft')
        throw new NominationStateError(`A ${nomination.status} nomination cannot be edited`);
      const category = await this.category(manager, nomination.categoryId);
      const { version: _version, ...fields } = dto;
      const allowedBefore = allowedIdentity(nomination);
      this.applyFields(nomination, fields, category);
      // A changed nomination needs its privacy findings looked at again.
      nomination.privacyFindingsConfirmed = false;
      await this.saveStatements(manager, id, fields.statements ?? []);
      nomination.updatedAt = new Date(); // bumps the version when only statements changed
      await manager.getRepository(Nomination).save(nomination);
      // The nominee's and team's names and e-mails are allowed in the evidence: when they change, it is read again.
      const events: EventInput[] =
        allowedIdentity(nomination) === allowedBefore ? [] : await this.evidenceChecks.recheckAll(manager, id);
      await this.changes.record(manager, {
        actorId: user.id,
        action: 'nomination.updated',
        entityType: 'nomination',
        entityId: id,
        data: { fields: Object.keys(fields) },
        events,
      });
    });
    return this.view(id, user);
  }

  async submit(id: string, user: AuthUser, confirmFindings: boolean): Promise<NominationView> {
    // Statements are scanned outside the transaction; the version check inside refuses a
    // submission of content that changed meanwhile. Evidence findings are the worker's, stored on
    // each file: read under the nomination's lock, which an upload also takes.
    const before = await this.loadFull(this.dataSource.manager, id);
    this.assertOwner(before, user);
    const category = await this.category(this.dataSource.manager, before.categoryId);
    const statementFindings = await this.scanStatements(before, category);
    const refusal = await this.dataSource.transaction(async (manager) => {
      const nomination = await this.ownedForChange(manager, id, user);
      if (nomination.version !== before.version) throw new StaleVersionError('nomination', nomination.version);
      if (nomination.status !== 'draft') {
        throw new NominationStateError(
          `This nomination is already ${nomination.status}; only a draft can be submitted`,
        );
      }
      const evidence = await this.evidenceOf(manager, id);
      const checking = evidence.filter((e) => e.checkStatus === 'checking');
      if (checking.length > 0) {
        // Returned, not thrown, so a lost check asked for again here is committed.
        await this.evidenceChecks.requestStaleChecks(manager, id);
        return new EvidenceBeingCheckedError(checking);
      }
      const findings = [...statementFindings, ...evidenceFindings(evidence)];
      const programme = await manager.getRepository(Programme).findOneByOrFail({ id: nomination.programmeId });
      nomination.statements = before.statements;
      const decision = this.decideSubmission(nomination, programme, category, findings, confirmFindings);
      const { statements: _statements, evidence: _evidence, ...row } = nomination;
      await manager.getRepository(Nomination).save(row);
      if (!decision) {
        await this.changes.record(manager, {
          actorId: user.id,
          action: 'nomination.submitted',
          entityType: 'nomination',
          entityId: id,
          data: { findings: findings.length },
          events: [{ type: EventType.NominationSubmitted, payload: { nominationId: id } }],
        });
      }
      return decision;
    });
    if (refusal) throw refusal;
    return this.view(id, user);
  }

  /**
   * Marks a draft submitted, or stores its findings and returns the refusal the nominator
   * can act on: returned, not thrown, so the draft and its findings are still saved.
   */
  private decideSubmission(
    nomination: Nomination,
    programme: Programme,
    category: Category,
    findings: PrivacyFinding[],
    confirmFindings: boolean,
  ): NominationIncompleteError | PrivacyFindingsError | null {
    if (!isAcceptingNominations(programme)) throw new NominationsClosedError();
    const missing = this.missing(nomination, category);
    if (missing.length) return new NominationIncompleteError(missing);
    nomination.privacyFindings = findings;
    nomination.privacyCheckedAt = new Date();
    if (findings.length > 0 && (programme.privacyFindingsBlockSubmission || !confirmFindings)) {
      return new PrivacyFindingsError(findings, programme.privacyFindingsBlockSubmission);
    }
    nomination.privacyFindingsConfirmed = findings.length > 0;
    nomination.status = 'submitted';
    nomination.submittedAt = new Date();
    return null;
  }

  async withdraw(id: string, user: AuthUser): Promise<NominationView> {
    await this.dataSource.transaction(async (manager) => {
      const nomination = await this.ownedForChange(manager, id, user);
      if (nomination.status !== 'draft' && nomination.status !== 'submitted') {
        throw new NominationStateError(`A ${nomination.status} nomination cannot be withdrawn`);
      }
      const programme = await manager.getRepository(Programme).findOneByOrFail({ id: nomination.programmeId });
      if (!isAcceptingNominations(programme)) {
        throw new NominationStateError('Nominations can be withdrawn only while the programme is open');
      }
      const from = nomination.status;
      nomination.status = 'withdrawn';
      nomination.withdrawnAt = new Date();
      await manager.getRepository(Nomination).save(nomination);
      await this.changes.record(manager, {
        actorId: user.id,
        action: 'nomination.withdrawn',
        entityType: 'nomination',
        entityId: id,
        data: { from },
        events: [{ type: EventType.NominationWithdrawn, payload: { nominationId: id } }],
      });
    });
    return this.view(id, user);
  }

  async screen(id: string, dto: ScreeningDto, admin: AuthUser): Promise<NominationView> {
    await this.dataSource.transaction(async (manager) => {
      const nomination = await lockOrFail(manager, Nomination, id, 'nomination');
      if (nomination.status !== 'submitted') {
        throw new NominationStateError(`Only a submitted nomination can be screened; this one is ${nomination.status}`);
      }
      nomination.status = dto.decision;
      nomination.screeningReason = dto.reason.trim();
      nomination.screenedAt = new Date();
      nomination.screenedBy = admin.id;
      await manager.getRepository(Nomination).save(nomination);
      await this.changes.record(manager, {
        actorId: admin.id,
        action: 'nomination.screened',
        entityType: 'nomination',
        entityId: id,
        data: { decision: dto.decision },
        events: [{ type: EventType.NominationScreened, payload: { nominationId: id } }],
      });
    });
    return this.view(id, admin);
  }

  /**
   * Writes (or with null, removes) an admin's redacted copy of a statement, which judges of a
   * blind programme read in place of the original.
   */
  async redactStatement(
    id: string,
    criterionId: string,
    text: string | null,
    admin: AuthUser,
  ): Promise<NominationView> {
    await this.dataSource.transaction(async (manager) => {
      const nomination = await lockOrFail(manager, Nomination, id, 'nomination');
      if (nomination.status !== 'submitted' && nomination.status !== 'eligible') {
        throw new NominationStateError(
          `Only a submitted or eligible nomination's statements can be redacted; this one is ${nomination.status}`,
        );
      }
      const updated = await manager.update(
        NominationStatement,
        { nominationId: id, criterionId },
        { redactedText: text },
      );
      if (!updated.affected) throw new NotFoundError('statement');
      await this.changes.record(manager, {
        actorId: admin.id,
        action: text === null ? 'statement.redaction_removed' : 'statement.redacted',
        entityType: 'nomination',
        entityId: id,
        data: { criterionId },
      });
    });
    return this.view(id, admin);
  }

  /**
   * Runs the check of the statements and, with the findings of the evidence files checked so far,
   * stores them, without submitting.
   */
  async privacyCheck(id: string, user: AuthUser): Promise<{ findings: PrivacyFinding[] }> {
    const nomination = await this.loadFull(this.dataSource.manager, id);
    this.assertOwner(nomination, user);
    const findings = [
      ...(await this.scanStatements(nomination, await this.category(this.dataSource.manager, nomination.categoryId))),
      ...evidenceFindings(await this.evidenceOf(this.dataSource.manager, id)),
    ];
    // Raw, so the version stays: running the check is not an edit, and must not make the
    // nominator's next edit stale.
    await this.dataSource.query(
      'UPDATE nominations SET privacy_findings = $1, privacy_checked_at = now() WHERE id = $2',
      [JSON.stringify(findings), id],
    );
    return { findings };
  }

  async view(id: string, user: AuthUser): Promise<NominationView> {
    const nomination = await this.loadFull(this.dataSource.manager, id);
    if (nomination.nominatorId !== user.id && !hasRole(user, Role.Admin)) throw new NotFoundError('nomination');
    const view = toView(nomination);
    if (hasRole(user, Role.Admin)) {
      view.possibleDuplicates = (await this.possibleDuplicates([id])).get(id) ?? [];
      const copies = await redactionsOf(
        this.dataSource,
        view.evidence.map((e) => e.id),
      );
      for (const e of view.evidence) e.redactedCopy = copies.get(e.id) ?? null;
    }
    return view;
  }

  async listMine(user: AuthUser): Promise<NominationView[]> {
    const ids = await this.dataSource.getRepository(Nomination).find({
      select: { id: true },
      where: { nominatorId: user.id },
      order: { createdAt: 'DESC' },
    });
    return this.viewsOf(ids.map((n) => n.id));
  }

  async list(
    query: ListNominationsQueryDto,
  ): Promise<{ items: NominationView[]; total: number; page: number; pageSize: number }> {
    const qb = this.dataSource.getRepository(Nomination).createQueryBuilder('n').select('n.id');
    if (query.programmeId) qb.andWhere('n.programmeId = :programmeId', { programmeId: query.programmeId });
    if (query.categoryId) qb.andWhere('n.categoryId = :categoryId', { categoryId: query.categoryId });
    if (query.status) qb.andWhere('n.status = :status', { status: query.status });
    const [rows, total] = await qb
      .orderBy('n.reference', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const ids = rows.map((r) => r.id);
    const [items, duplicates] = await Promise.all([this.viewsOf(ids), this.possibleDuplicates(ids)]);
    for (const item of items) item.possibleDuplicates = duplicates.get(item.id) ?? [];
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Other nominations in the same category that may be of the same nominee: the same e-mail,
   * or the same name (case and spacing aside). Drafts and withdrawn ones are not counted.
   */
  private async possibleDuplicates(ids: string[]): Promise<Map<string, PossibleDuplicate[]>> {
    const byId = new Map<string, PossibleDuplicate[]>();
    if (ids.length === 0) return byId;
    const rows = await this.dataSource.query<
      { id: string; nominationId: string; reference: string; status: NominationStatus; email: boolean; name: boolean }[]
    >(
      `WITH n AS (
         SELECT id, category_id, nominee_email AS email,
                regexp_replace(lower(btrim(nominee_name)), '\\s+', ' ', 'g') AS name
         FROM nominations WHERE id = ANY($1::uuid[])
       ), d AS (
         SELECT id, category_id, reference, status, nominee_email AS email,
                regexp_replace(lower(btrim(nominee_name)), '\\s+', ' ', 'g') AS name
         FROM nominations WHERE category_id IN (SELECT category_id FROM n) AND status NOT IN ('draft', 'withdrawn')
       )
       SELECT n.id, d.id AS "nominationId", d.reference, d.status,
              coalesce(d.email = n.email, false) AS email, coalesce(d.name = n.name, false) AS name
       FROM n JOIN d ON d.category_id = n.category_id AND d.id <> n.id AND (d.email = n.email OR d.name = n.name)
       ORDER BY d.reference`,
      [ids],
    );
    for (const row of rows) {
      const list = byId.get(row.id) ?? [];
      list.push({
        nominationId: row.nominationId,
        reference: row.reference,
        status: row.status,
        matchedOn: [...(row.email ? (['email'] as const) : []), ...(row.name ? (['name'] as const) : [])],
      });
      byId.set(row.id, list);
    }
    return byId;
  }

  /** For owners' changes: locked, and refused with 403 to anyone but the nominator. */
  private async ownedForChange(manager: EntityManager, id: string, user: AuthUser): Promise<Nomination> {
    const nomination = await lockOrFail(manager, Nomination, id, 'nomination');
    this.assertOwner(nomination, user);
    return nomination;
  }

  private assertOwner(nomination: Nomination, user: AuthUser): void {
    if (nomination.nominatorId === user.id) return;
    if (hasRole(user, Role.Admin)) throw new NotNominatorError();
    throw new NotFoundError('nomination');
  }

  private async loadFull(manager: EntityManager, id: string): Promise<Nomination> {
    const nomination = await manager.getRepository(Nomination).findOne({
      where: { id },
      relations: { statements: true, evidence: true },
    });
    if (!nomination) throw new NotFoundError('nomination');
    return nomination;
  }

  private async viewsOf(ids: string[]): Promise<NominationView[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(Nomination).find({
      where: ids.map((id) => ({ id })),
      relations: { statements: true, evidence: true },
    });
    const byId = new Map(rows.map((n) => [n.id, n]));
    return ids.map((id) => toView(byId.get(id)!));
  }

  private async category(manager: EntityManager, id: string): Promise<Category> {
    const category = await manager.getRepository(Category).findOne({ where: { id }, relations: { criteria: true } });
    if (!category) throw new NotFoundError('category');
    return category;
  }

  private applyFields(nomination: Nomination, fields: Fields, category: Category): void {
    if (fields.nominee) {
      nomination.nomineeName = fields.nominee.name.trim();
      nomination.nomineeEmail = fields.nominee.email?.trim().toLowerCase() ?? null;
      nomination.nomineeJobTitle = fields.nominee.jobTitle?.trim() || null;
      nomination.nomineeTeam = fields.nominee.team?.trim() || null;
    }
    if (fields.teamMembers) {
      if (category.nomineeType !== 'team') {
        throw new NominationInvalidError('teamMembers: this category is for individuals, not teams');
      }
      nomination.teamMembers = fields.teamMembers.map((m) => ({ ...m, email: m.email?.toLowerCase() }));
    }
    // null clears the relationship (the null rule: docs/architecture.md).
    if (fields.relationship !== undefined) nomination.relationship = fields.relationship?.trim() || null;
    if (fields.publicityConsent) {
      nomination.publicityConsent = fields.publicityConsent;
      nomination.consentSource = fields.publicityConsent === 'not_asked' ? null : 'nominator';
    }
    this.checkStatements(fields.statements ?? [], category);
  }

  private checkStatements(statements: { criterionId: string; text: string }[], category: Category): void {
    const criteria = new Map((category.criteria ?? []).map((c) => [c.id, c]));
    const seen = new Set<string>();
    for (const statement of statements) {
      const criterion = criteria.get(statement.criterionId);
      if (!criterion) {
        throw new NominationInvalidError(`statements: ${statement.criterionId} is not a criterion of this category`);
      }
      if (seen.has(criterion.id))
        throw new NominationInvalidError(`statements: "${criterion.title}" is answered twice`);
      seen.add(criterion.id);
      const words = countWords(statement.text);
      if (words > criterion.wordLimit) {
        throw new NominationInvalidError(
          `statements: the statement for "${criterion.title}" has ${words} words; the limit is ${criterion.wordLimit}`,
        );
      }
    }
  }

  /** Statements already checked by applyFields. */
  private async saveStatements(
    manager: EntityManager,
    nominationId: string,
    statements: { criterionId: string; text: string }[],
  ): Promise<void> {
    if (statements.length === 0) return;
    await manager.getRepository(NominationStatement).upsert(
      statements.map((s) => ({ nominationId, criterionId: s.criterionId, text: s.text })),
      ['nominationId', 'criterionId'],
    );
  }

  private missing(nomination: Nomination, category: Category): string[] {
    const missing: string[] = [];
    if (!nomination.nomineeName)
      missing.push(category.nomineeType === 'team' ? "the team's name" : "the nominee's name");
    if (category.nomineeType === 'individual' && !nomination.nomineeEmail) missing.push("the nominee's work e-mail");
    if (!nomination.relationship) missing.push('how you know the nominee (relationship)');
    const answered = new Set((nomination.statements ?? []).filter((s) => s.text.trim()).map((s) => s.criterionId));
    for (const criterion of category.criteria ?? []) {
      if (!answered.has(criterion.id)) missing.push(`a statement for "${criterion.title}"`);
    }
    return missing;
  }

  /** Scans the statements, in the request: they are short. Evidence is the worker's (EvidenceCheckService). */
  private async scanStatements(nomination: Nomination, category: Category): Promise<PrivacyFinding[]> {
    const titles = new Map((category.criteria ?? []).map((c: Criterion) => [c.id, c.title]));
    const programme = await this.dataSource.getRepository(Programme).findOneByOrFail({ id: nomination.programmeId });
    const options = scanOptionsFor(nomination, programme, category);
    const findings: PrivacyFinding[] = [];
    for (const statement of nomination.statements ?? []) {
      for (const f of scanText(statement.text, options)) {
        findings.push({
          ...f,
          source: {
            type: 'statement',
            criterionId: statement.criterionId,
            criterionTitle: titles.get(statement.criterionId) ?? '',
          },
        });
      }
    }
    return findings;
  }

  private evidenceOf(manager: EntityManager, nominationId: string): Promise<Evidence[]> {
    return manager.getRepository(Evidence).find({ where: { nominationId }, order: { createdAt: 'ASC' } });
  }
}

/** The stored findings of the files checked; a file still being checked has none yet. */
function evidenceFindings(evidence: Evidence[]): PrivacyFinding[] {
  return evidence.filter((e) => e.checkStatus === 'checked').flatMap((e) => e.checkFindings);
}

/** What the privacy check takes as the nomination's own names and e-mails (see scanOptionsFor), as one value. */
function allowedIdentity(n: Pick<Nomination, 'nomineeName' | 'nomineeEmail' | 'nomineeTeam' | 'teamMembers'>): string {
  return JSON.stringify([
    n.nomineeName,
    n.nomineeEmail,
    n.nomineeTeam,
    (n.teamMembers ?? []).map((m) => [m.name, m.email ?? null]),
  ]);
}
