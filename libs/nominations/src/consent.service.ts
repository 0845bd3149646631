import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import type { AuthUser } from '@commend/auth';
import { EventType, lockOrFail } from '@commend/core';
import { Category, Programme, publicityConsentWordingOf } from '@commend/programmes';
import { verifyConsentLinkToken } from './consent-link';
import type { RecordConsentDto } from './dto/nomination.dto';
import type { NomineeConsentView } from './dto/nomination-view.dto';
import { Nomination, type ConsentSource } from './entities/nomination.entity';
import { toView, type NominationView } from './nomination-view';
import {
  ConsentClosedError,
  ConsentLinkInvalidError,
  NominationInvalidError,
  NominationStateError,
} from './nominations.errors';

export type { NomineeConsentView };

/**
 * Publicity consent after submission: usually asked of shortlisted nominees or winners before
 * the ceremony, so an admin records it, or the nominee gives it by their link, until the
 * announcement fires. The announcement reads it when it fires; after that it is history.
 */
@Injectable()
export class ConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: ChangeRecorder,
  ) {}

  async record(id: string, dto: RecordConsentDto, admin: AuthUser): Promise<NominationView> {
    const askedAt = dto.askedAt === undefined ? null : new Date(dto.askedAt);
    if (askedAt && askedAt.getTime() > Date.now() + 60_000) {
      throw new NominationInvalidError('askedAt is in the future: give when the nominee was asked');
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const nomination = await this.lockOpen(manager, id);
      nomination.consentAskedBy = dto.askedBy?.trim() || null;
      nomination.consentAskedAt = askedAt;
      return this.save(manager, nomination, dto.decision, 'admin', admin.id);
    });
    return toView(saved);
  }

  /** What the nominee's link is for, so they know what they are agreeing to. */
  async forLink(token: string): Promise<NomineeConsentView> {
    const id = await this.fromToken(token);
    const manager = this.dataSource.manager;
    const nomination = await manager.getRepository(Nomination).findOneBy({ id });
    if (!nomination) throw new ConsentLinkInvalidError();
    await this.assertOpen(manager, nomination, false);
    return this.nomineeView(manager, nomination);
  }

  async decideByLink(token: string, decision: 'given' | 'refused'): Promise<NomineeConsentView> {
    const id = await this.fromToken(token);
    return this.dataSource.transaction(async (manager) => {
      const nomination = await this.lockOpen(manager, id);
      // Asked by the link itself: whoever asked before, the nominee answered now.
      nomination.consentAskedBy = null;
      nomination.consentAskedAt = null;
      return this.nomineeView(manager, await this.save(manager, nomination, decision, 'nominee', null));
    });
  }

  /** Sends the nominee their consent link (through the outbox and the notifications worker). */
  async request(id: string, admin: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const nomination = await this.lockOpen(manager, id);
      if (!nomination.nomineeEmail) {
        throw new NominationStateError('The nomination has no e-mail for the nominee: record their answer instead');
      }
      await this.changes.record(manager, {
        actorId: admin.id,
        action: 'nomination.consent_requested',
        entityType: 'nomination',
        entityId: id,
        events: [{ type: EventType.NominationConsentRequested, payload: { nominationId: id } }],
      });
    });
  }

  private async fromToken(token: string): Promise<string> {
    const id = await verifyConsentLinkToken(this.dataSource.manager, token);
    if (!id) throw new ConsentLinkInvalidError();
    return id;
  }

  /**
   * The nomination, locked, while its consent may change. The programme's row is held shared:
   * the announcement takes it exclusively when it fires, so a decision either lands before the
   * announcement reads it or is refused.
   */
  private async lockOpen(manager: EntityManager, id: string): Promise<Nomination> {
    const nomination = await lockOrFail(manager, Nomination, id, 'nomination');
    await this.assertOpen(manager, nomination, true);
    return nomination;
  }

  private async assertOpen(manager: EntityManager, nomination: Nomination, lock: boolean): Promise<void> {
    if (nomination.status === 'draft' || nomination.status === 'withdrawn') {
      throw new NominationStateError(
        nomination.status === 'draft'
          ? 'This nomination is a draft: its nominator sets publicity consent until it is submitted'
          : 'This nomination was withdrawn',
      );
    }
    const programme = await manager.getRepository(Programme).findOneOrFail({
      where: { id: nomination.programmeId },
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    if (programme.status === 'announced' || programme.status === 'archived') {
      throw new ConsentClosedError(
        'the winners have been announced, and the public page was made with what was known then',
      );
    }
  }

  private async save(
    manager: EntityManager,
    nomination: Nomination,
    decision: 'given' | 'refused',
    source: ConsentSource,
    actorId: string | null,
  ): Promise<Nomination> {
    const from = nomination.publicityConsent;
    nomination.publicityConsent = decision;
    nomination.consentSource = source;
    nomination.consentRecordedAt = new Date();
    nomination.consentRecordedBy = actorId;
    const saved = await manager.getRepository(Nomination).save(nomination);
    await this.changes.record(manager, {
      actorId,
      action: 'nomination.consent_recorded',
      entityType: 'nomination',
      entityId: nomination.id,
      data: {
        decision,
        from,
        source,
        askedBy: nomination.consentAskedBy,
        askedAt: nomination.consentAskedAt?.toISOString() ?? null,
      },
    });
    return saved;
  }

  private async nomineeView(manager: EntityManager, nomination: Nomination): Promise<NomineeConsentView> {
    const category = await manager
      .getRepository(Category)
      .findOneOrFail({ where: { id: nomination.categoryId }, relations: { programme: true } });
    return {
      programme: category.programme!.name,
      category: category.name,
      nomineeName: nomination.nomineeName,
      publicityConsent: nomination.publicityConsent,
      wording: publicityConsentWordingOf(category.programme!.publicityConsentWording),
    };
  }
}
