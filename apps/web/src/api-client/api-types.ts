/**
 * Generated from the API's OpenAPI document by openapi-typescript: do not edit by hand.
 * Regenerate with `npm run api-client`.
 */
export interface paths {
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail, newest first, optionally for one entity; data under a withholding rule shows its reason. */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammesController_list'];
    put?: never;
    post: operations['ProgrammesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ProgrammesController_update'];
    trace?: never;
  };
  '/api/v1/programmes/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProgrammesController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProgrammesController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammesController_listCategories'];
    put?: never;
    post: operations['ProgrammesController_createCategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammesController_getCategory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ProgrammesController_updateCategory'];
    trace?: never;
  };
  '/api/v1/categories/{id}/nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NominationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NominationsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NominationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NominationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['NominationsController_update'];
    trace?: never;
  };
  '/api/v1/nominations/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NominationsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NominationsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/privacy-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NominationsController_privacyCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/screening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NominationsController_screen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Records the nominee's publicity consent after submission (given or refused, who asked and
     *     when), until the announcement fires; audited. 422 once the winners are announced.
     */
    put: operations['NominationsController_recordConsent'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/consent/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mails the nominee a link to give or refuse publicity consent themselves. */
    post: operations['NominationsController_requestConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/statements/{criterionId}/redaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['NominationsController_redact'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NominationsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NominationsController_download'];
    put?: never;
    post?: never;
    delete: operations['NominationsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the link asks about, and the answer so far. 404 for a link we did not sign; 422 once announced. */
    get: operations['ConsentController_view'];
    put?: never;
    /** The nominee's answer (JSON or the page's form); again to change it, until the announcement fires. */
    post: operations['ConsentController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/panel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PanelsController_panel'];
    put: operations['PanelsController_setPanel'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PanelsController_listConflicts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A judge recuses themselves; an admin may name the judge (`judgeId`). */
    post: operations['PanelsController_declare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/conflicts/{judgeId}/clear': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PanelsController_clear'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/judging/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JudgingController_assignments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/judging/nominations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JudgingController_nomination'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/judging/nominations/{id}/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JudgingController_evidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/judging/nominations/{id}/scorecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Other judges' submitted scorecards: for the chair, or after your own when the programme allows. */
    get: operations['JudgingController_peers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/scorecard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JudgingController_mine'];
    put: operations['JudgingController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/scorecard/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['JudgingController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/scorecards/{judgeId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['JudgingController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OutcomesController_getResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OutcomesController_get'];
    /** The chair proposes outcomes with the moderation record. */
    put: operations['OutcomesController_propose'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/outcomes/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OutcomesController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/outcomes/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OutcomesController_return'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/announcement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnnouncementsController_get'];
    put?: never;
    /** Now, or at `at`; again to reschedule. */
    post: operations['AnnouncementsController_schedule'];
    delete: operations['AnnouncementsController_cancel'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnnouncementsController_certificates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/certificates/{nominationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnnouncementsController_certificate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/programmes/{id}/winners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The winners, for everyone, once announced: JSON, or a plain page for a browser. */
    get: operations['AnnouncementsController_winners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A subject access export: everything held about the person with this work e-mail. A POST
     *     with the address in the body, so the address stays out of request logs; nothing is created.
     */
    post: operations['PeopleController_export'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers. */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL, Redis and the identity provider are reachable; 503 names what is not. */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Object: Record<string, never>;
    CreateProgrammeDto: {
      name: string;
      description?: string;
      /** @description null clears it. */
      theme?: string | null;
      referencePrefix: string;
      timeZone?: string;
      nominationsOpenAt: string;
      nominationsCloseAt: string;
      /** @description null clears it. */
      judgingCloseAt?: string | null;
      /** @description null clears it. */
      plannedAnnouncementAt?: string | null;
      blindJudging?: boolean;
      notifyNomineeOnSubmission?: boolean;
      privacyFindingsBlockSubmission?: boolean;
      peerScoresVisibleAfterOwn?: boolean;
      retentionMonths?: number;
    };
    Programme: {
      id: string;
      name: string;
      description: string;
      theme: string | null;
      /** @description Starts every nomination reference in this programme, e.g. SWW27 → SWW27-0042. */
      referencePrefix: string;
      timeZone: string;
      /** @enum {string} */
      status: 'open' | 'draft' | 'closed' | 'decided' | 'announced' | 'archived';
      /** Format: date-time */
      nominationsOpenAt: string;
      /** Format: date-time */
      nominationsCloseAt: string;
      /** Format: date-time */
      judgingCloseAt: string | null;
      /** Format: date-time */
      plannedAnnouncementAt: string | null;
      blindJudging: boolean;
      notifyNomineeOnSubmission: boolean;
      privacyFindingsBlockSubmission: boolean;
      peerScoresVisibleAfterOwn: boolean;
      /** @description Months after the announcement when statements and evidence are deleted. */
      retentionMonths: number;
      /**
       * Format: date-time
       * @description When the worker reminded judges with unsubmitted scorecards (once per programme).
       */
      judgingRemindedAt: string | null;
      /**
       * Format: date-time
       * @description When the retention purge removed statements, evidence and privacy findings.
       */
      purgedAt: string | null;
      /** @description The next nomination number; taken under the row's lock, so references have no gaps or duplicates. */
      nextReference: number;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateProgrammeDto: {
      name?: string;
      description?: string;
      /** @description null clears it. */
      theme?: string | null;
      referencePrefix?: string;
      timeZone?: string;
      nominationsOpenAt?: string;
      nominationsCloseAt?: string;
      /** @description null clears it. */
      judgingCloseAt?: string | null;
      /** @description null clears it. */
      plannedAnnouncementAt?: string | null;
      blindJudging?: boolean;
      notifyNomineeOnSubmission?: boolean;
      privacyFindingsBlockSubmission?: boolean;
      peerScoresVisibleAfterOwn?: boolean;
      retentionMonths?: number;
      /** @description A JSON number: not converted, so `true` or "3" is refused rather than read as a version. */
      version: number;
    };
    CriterionDto: {
      title: string;
      guidance?: string;
      weight: number;
      scaleMax: number;
      wordLimit: number;
    };
    CreateCategoryDto: {
      name: string;
      description?: string;
      eligibility?: string;
      /** @enum {string} */
      nomineeType?: 'individual' | 'team';
      numberOfWinners?: number;
      criteria: components['schemas']['CriterionDto'][];
      evidenceMaxFiles?: number;
      evidenceMaxBytes?: number;
      evidenceTypes?: ('pdf' | 'docx' | 'png' | 'jpeg' | 'text')[];
      /** @enum {string} */
      tieBreakRule?: 'normalised_then_chair' | 'chair';
      /**
       * @description Whether this category is judged blind. `null` (or leaving it out) means "use the
       *     programme's value"; true or false overrides it. Responses show it as given, and the value
       *     that applies as `effectiveBlindJudging`.
       */
      blindJudging?: boolean | null;
      /**
       * @description Whether the nominee is told of their nomination. `null` (or leaving it out) means "use the
       *     programme's value" (`notifyNomineeOnSubmission`); true or false overrides it. Responses
       *     show it as given, and the value that applies as `effectiveNotifyNominee`.
       */
      notifyNominee?: boolean | null;
    };
    Category: {
      id: string;
      programmeId: string;
      programme?: components['schemas']['Programme'];
      name: string;
      description: string;
      eligibility: string;
      /** @enum {string} */
      nomineeType: 'individual' | 'team';
      numberOfWinners: number;
      evidenceMaxFiles: number;
      evidenceMaxBytes: number;
      evidenceTypes: ('text' | 'pdf' | 'docx' | 'png' | 'jpeg')[];
      /** @enum {string} */
      tieBreakRule: 'normalised_then_chair' | 'chair';
      /** @description Judges see no identity of nominee or nominator. Null: the programme's value. */
      blindJudging: boolean | null;
      /** @description The nominee is told when nominated. Null: the programme's value. */
      notifyNominee: boolean | null;
      /** @description What applies: the category's own value, or its programme's. */
      effectiveBlindJudging: boolean;
      effectiveNotifyNominee: boolean;
      criteria?: components['schemas']['Criterion'][];
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Criterion: {
      id: string;
      categoryId: string;
      category?: components['schemas']['Category'];
      position: number;
      title: string;
      guidance: string;
      weight: number;
      scaleMax: number;
      wordLimit: number;
    };
    UpdateCategoryDto: {
      name?: string;
      description?: string;
      eligibility?: string;
      /** @enum {string} */
      nomineeType?: 'individual' | 'team';
      numberOfWinners?: number;
      criteria?: components['schemas']['CriterionDto'][];
      evidenceMaxFiles?: number;
      evidenceMaxBytes?: number;
      evidenceTypes?: ('pdf' | 'docx' | 'png' | 'jpeg' | 'text')[];
      /** @enum {string} */
      tieBreakRule?: 'normalised_then_chair' | 'chair';
      /**
       * @description Whether this category is judged blind. `null` (or leaving it out) means "use the
       *     programme's value"; true or false overrides it. Responses show it as given, and the value
       *     that applies as `effectiveBlindJudging`.
       */
      blindJudging?: boolean | null;
      /**
       * @description Whether the nominee is told of their nomination. `null` (or leaving it out) means "use the
       *     programme's value" (`notifyNomineeOnSubmission`); true or false overrides it. Responses
       *     show it as given, and the value that applies as `effectiveNotifyNominee`.
       */
      notifyNominee?: boolean | null;
      /** @description A JSON number: not converted, so `true` or "3" is refused rather than read as a version. */
      version: number;
    };
    NomineeDto: {
      name: string;
      /** Format: email */
      email?: string;
      jobTitle?: string;
      /** @description The nominee's team or service. */
      team?: string;
    };
    TeamMemberDto: {
      name: string;
      /** Format: email */
      email?: string;
      jobTitle?: string;
    };
    StatementDto: {
      /** Format: uuid */
      criterionId: string;
      /** @description Word limits are per criterion; this cap only stops absurd bodies. */
      text: string;
    };
    CreateNominationDto: {
      /** @description Submit straight away instead of keeping a draft. */
      submit?: boolean;
      confirmPrivacyFindings?: boolean;
      nominee?: components['schemas']['NomineeDto'];
      teamMembers?: components['schemas']['TeamMemberDto'][];
      /** @description How the nominator knows the nominee; null clears it. */
      relationship?: string | null;
      /** @enum {string} */
      publicityConsent?: 'not_asked' | 'given' | 'refused';
      /** @description Statements to set, by criterion; criteria not listed keep their statement. */
      statements?: components['schemas']['StatementDto'][];
    };
    UpdateNominationDto: {
      /** @description A JSON number: not converted, so `true` or "3" is refused rather than read as a version. */
      version: number;
      nominee?: components['schemas']['NomineeDto'];
      teamMembers?: components['schemas']['TeamMemberDto'][];
      /** @description How the nominator knows the nominee; null clears it. */
      relationship?: string | null;
      /** @enum {string} */
      publicityConsent?: 'not_asked' | 'given' | 'refused';
      /** @description Statements to set, by criterion; criteria not listed keep their statement. */
      statements?: components['schemas']['StatementDto'][];
    };
    SubmitNominationDto: {
      /** @description The nominator has read the privacy findings and submits anyway. */
      confirmPrivacyFindings?: boolean;
    };
    ScreeningDto: {
      /** @enum {string} */
      decision: 'eligible' | 'ineligible';
      reason: string;
    };
    RecordConsentDto: {
      /** @enum {string} */
      decision: 'given' | 'refused';
      /** @description Who asked the nominee (a name, as the team knows them). */
      askedBy?: string;
      /** @description When the nominee was asked; ISO 8601, e.g. 2027-03-01 or 2027-03-01T14:30:00Z. */
      askedAt?: string;
    };
    RedactionDto: {
      /** @description The statement as judges of a blind programme should read it; null removes the copy. */
      text: string | null;
    };
    User: {
      id: string;
      tenantId: string;
      objectId: string;
      displayName: string;
      /**
       * @description Lower-cased sign-in name (UPN, `preferred_username`) of a member of the tenant: the
       *     verified identifier pending panel seats match on. Not unique: a UPN can pass to a newcomer.
       */
      username: string | null;
      /** @description Lower-cased work e-mail, only from claims Entra ID vouches for (libs/auth claims.ts). */
      email: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    NominationStatement: {
      nominationId: string;
      criterionId: string;
      nomination?: components['schemas']['Nomination'];
      /** @description Restrict: a criterion answered by a statement cannot be deleted. */
      criterion?: components['schemas']['Criterion'];
      text: string;
      /** @description An admin's copy with identifying details removed: judges of a blind programme read this instead. */
      redactedText: string | null;
    };
    Evidence: {
      id: string;
      nominationId: string;
      nomination?: components['schemas']['Nomination'];
      /** @description The client's file name, cleaned: data to show, never a path. */
      fileName: string;
      /**
       * @description Decided from the content, not the name or the claimed media type.
       * @enum {string}
       */
      type: 'text' | 'pdf' | 'docx' | 'png' | 'jpeg';
      size: number;
      sha256: string;
      uploadedBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    Nomination: {
      id: string;
      programmeId: string;
      programme?: components['schemas']['Programme'];
      categoryId: string;
      category?: components['schemas']['Category'];
      /** @description Human reference, unique in the programme, e.g. SWW27-0042. */
      reference: string;
      nominatorId: string;
      nominator?: components['schemas']['User'];
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'eligible' | 'ineligible' | 'withdrawn';
      /** @description The person nominated, or the team's name. */
      nomineeName: string | null;
      nomineeEmail: string | null;
      nomineeJobTitle: string | null;
      /** @description The nominee's team or service. */
      nomineeTeam: string | null;
      teamMembers: Record<string, never>[];
      /** @description How the nominator knows the nominee (e.g. "line manager"). */
      relationship: string | null;
      /** @enum {string} */
      publicityConsent: 'given' | 'not_asked' | 'refused';
      /** @enum {string|null} */
      consentSource: 'nominator' | 'admin' | 'nominee' | null;
      /** @description Who asked the nominee, as the admin recorded it (e.g. "Priya Shah, awards team"). */
      consentAskedBy: string | null;
      /** Format: date-time */
      consentAskedAt: string | null;
      /** Format: date-time */
      consentRecordedAt: string | null;
      /** @description The admin who recorded it; null when the nominee gave it by their link. */
      consentRecordedBy: string | null;
      privacyFindings: Record<string, never>[];
      /** Format: date-time */
      privacyCheckedAt: string | null;
      /** @description The nominator read the findings and submitted anyway. */
      privacyFindingsConfirmed: boolean;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      withdrawnAt: string | null;
      screeningReason: string | null;
      /** Format: date-time */
      screenedAt: string | null;
      screenedBy: string | null;
      statements?: components['schemas']['NominationStatement'][];
      evidence?: components['schemas']['Evidence'][];
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    NomineeConsentDto: {
      /** @description The token from the consent link. */
      token: string;
      /** @enum {string} */
      decision: 'given' | 'refused';
    };
    PanelMemberDto: {
      /**
       * Format: uuid
       * @description A user who has signed in before. Give this or `email`.
       */
      userId?: string;
      /**
       * Format: email
       * @description A work e-mail: the member is matched when they first sign in. Give this or `userId`.
       */
      email?: string;
      chair?: boolean;
      /** @description The member's own team or service: its nominations recuse them. */
      team?: string;
    };
    SetPanelDto: {
      members: components['schemas']['PanelMemberDto'][];
    };
    DeclareConflictDto: {
      reason: string;
      /**
       * Format: uuid
       * @description An admin declaring for a judge names them; a judge declares for themselves.
       */
      judgeId?: string;
    };
    ReasonDto: {
      reason: string;
    };
    ScoreDto: {
      /** Format: uuid */
      criterionId: string;
      /** @description A whole number from 0 to the criterion's scale; null clears it in a draft. */
      score?: number | null;
      comment?: string;
    };
    SaveScorecardDto: {
      scores?: components['schemas']['ScoreDto'][];
      overallComment?: string;
      /** @description The version read; required once the scorecard exists, so a stale tab never overwrites. */
      version?: number;
    };
    ProposedOutcomeDto: {
      /** Format: uuid */
      nominationId: string;
      /** @enum {string} */
      kind: 'winner' | 'runner_up' | 'highly_commended';
      /** @description Read out and published at the announcement. */
      citation: string;
      /** @description The panel's reasons, for the moderation record. */
      rationale: string;
      /** @description The chair's casting decision, where the tie-break rule needs one. */
      tieBreakReason?: string;
    };
    ProposeOutcomesDto: {
      /** @description Minutes of the moderation meeting. */
      minutes: string;
      outcomes: components['schemas']['ProposedOutcomeDto'][];
      /** @description The version read; required once outcomes were proposed before. */
      version?: number;
    };
    ApproveOutcomesDto: {
      /** @description The version of the proposal read: a director approves exactly what they saw. */
      version: number;
    };
    ReturnOutcomesDto: {
      /** @description The version of the proposal read: a director approves exactly what they saw. */
      version: number;
      comment: string;
    };
    ScheduleAnnouncementDto: {
      /**
       * @description When to publish (an embargo): ISO 8601 with an offset (`2030-03-21T10:00:00Z`,
       *     `2030-03-21T10:00:00+01:00`), or a local date and time (`2030-03-21T10:00`) read in the
       *     programme's time zone. Leave it out to announce now.
       */
      at?: string;
    };
    Certificate: {
      id: string;
      programmeId: string;
      nominationId: string;
      fileName: string;
      size: number;
      /** Format: date-time */
      createdAt: string;
    };
    ExportPersonDto: {
      /** @description The person's work e-mail. In the body, not the path: paths are written to every request log line. */
      email: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query: {
        entityId?: string;
        entityType?: string;
        /** @description Records before this sequence number (the previous page's last `seq`). */
        before?: string;
        limit: components['schemas']['Object'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed-in user and the roles in their token */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProgrammesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Programme'][];
        };
      };
    };
  };
  ProgrammesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProgrammeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Programme'];
        };
      };
    };
  };
  ProgrammesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Programme'];
        };
      };
    };
  };
  ProgrammesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProgrammeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Programme'];
        };
      };
    };
  };
  ProgrammesController_open: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Programme'];
        };
      };
    };
  };
  ProgrammesController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Programme'];
        };
      };
    };
  };
  ProgrammesController_listCategories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Category'][];
        };
      };
    };
  };
  ProgrammesController_createCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCategoryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Category'];
        };
      };
    };
  };
  ProgrammesController_getCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Category'];
        };
      };
    };
  };
  ProgrammesController_updateCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCategoryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Category'];
        };
      };
    };
  };
  NominationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNominationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NominationsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>[];
        };
      };
    };
  };
  NominationsController_list: {
    parameters: {
      query: {
        programmeId?: string;
        categoryId?: string;
        status?: 'draft' | 'submitted' | 'eligible' | 'ineligible' | 'withdrawn';
        page: components['schemas']['Object'];
        pageSize: components['schemas']['Object'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NominationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NominationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNominationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NominationsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitNominationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NominationsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NominationsController_privacyCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NominationsController_screen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScreeningDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NominationsController_recordConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordConsentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NominationsController_requestConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NominationsController_redact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        criterionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RedactionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NominationsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Evidence'];
        };
      };
    };
  };
  NominationsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NominationsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConsentController_view: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConsentController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NomineeConsentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PanelsController_panel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PanelsController_setPanel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPanelDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PanelsController_listConflicts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>[];
        };
      };
    };
  };
  PanelsController_declare: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareConflictDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PanelsController_clear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        judgeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  JudgingController_assignments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  JudgingController_nomination: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  JudgingController_evidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  JudgingController_peers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>[];
        };
      };
    };
  };
  JudgingController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  JudgingController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveScorecardDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  JudgingController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  JudgingController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        judgeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  OutcomesController_getResults: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  OutcomesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  OutcomesController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposeOutcomesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  OutcomesController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveOutcomesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  OutcomesController_return: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnOutcomesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AnnouncementsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AnnouncementsController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScheduleAnnouncementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AnnouncementsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AnnouncementsController_certificates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Certificate'][];
        };
      };
    };
  };
  AnnouncementsController_certificate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        nominationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnnouncementsController_winners: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeopleController_export: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExportPersonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationsController_resend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
}
