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
    /**
     * The audit trail, newest first, filtered by programme, entity, actor, action and time
     * @description Data under a withholding rule (scores in progress, say) shows its reason in place of the data.
     *     The actor is given by user id (`actorId`, for links) or by the e-mail address they signed in with (`actorEmail`).
     */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The filtered trail as CSV, newest first, streamed; the export itself is audited
     * @description Columns: seq, occurredAt (ISO 8601, UTC), actorId, action, entityType, entityId, data (JSON).
     */
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The chain's tamper check as last run (by the daily job or on request), or null if never run */
    get: operations['AuditController_verification'];
    put?: never;
    /** Check the whole chain now, keep the result and answer it */
    post: operations['AuditController_verifyNow'];
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
    /** The signed-in user and the roles in their token */
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find people who have signed in, by part of their name, sign-in name or e-mail (for building panels)
     * @description For admins; at most 20, closest names first.
     */
    get: operations['UsersController_search'];
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
    /**
     * List the programmes you may see
     * @description Drafts are listed for admins only.
     */
    get: operations['ProgrammesController_list'];
    put?: never;
    /** Create a programme, as a draft */
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
    /** Read a programme */
    get: operations['ProgrammesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a programme (with the version you read) */
    patch: operations['ProgrammesController_update'];
    trace?: never;
  };
  '/api/v1/programmes/{id}/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a programme before it opens
     * @description `problems` must be cleared before it can open; `warnings` need not be.
     */
    get: operations['ProgrammesController_readiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Copy a programme into a new draft, with its categories, criteria and panels
     * @description No nominations are copied. Dates move on by a year unless given.
     */
    post: operations['ProgrammesController_copy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
    /**
     * Open a programme for nominations
     * @description Refused until the readiness check has no problems; `details.problems` names each.
     */
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
    /** Close a programme's nominations */
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
    /** List a programme's categories */
    get: operations['ProgrammesController_listCategories'];
    put?: never;
    /** Add an award category to a programme */
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
    /** Read a category with its criteria */
    get: operations['ProgrammesController_getCategory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a category (with the version you read) */
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
    /**
     * Start a nomination in a category: a draft, or submitted with `submit: true`
     * @description A submission refused with `submit: true` still stores the draft; the error's `details.nominationId` says where it is.
     */
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
    /** List my nominations */
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
    /**
     * List nominations, a page at a time (for screening)
     * @description For admins; filter by programme, category and status.
     */
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
    /**
     * Read a nomination
     * @description The nominator's own, or any for an admin (with possible duplicates of the nominee).
     */
    get: operations['NominationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a nomination (with the version you read) */
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
    /**
     * Submit a draft nomination
     * @description Re-runs the privacy check of the statements and takes each evidence file's stored check; `confirmPrivacyFindings` confirms findings that are not about a person who uses services. While a file is still being checked (`checkStatus: checking`, seconds after an upload or a change of the nominee or team), the submission is refused with `nomination.evidence_being_checked`, naming the files; the draft is kept.
     */
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
    /** Withdraw a draft or submitted nomination while the programme is open */
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
    /**
     * Scan the statements for service-user identifiers, with the findings of the evidence files checked so far
     * @description Evidence files are checked in the background after upload (see each file's `checkStatus`); a file still `checking` has no findings yet.
     */
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
    /** Screen a submitted nomination: eligible or ineligible, with the reason */
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
     * Record the nominee's publicity consent (given or refused, who asked and when)
     * @description After submission and until the announcement fires; audited.
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
    /** E-mail the nominee a link to give or refuse publicity consent themselves */
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
    /**
     * Write the redacted copy of a statement that judges of a blind category see
     * @description `text: null` removes the redaction.
     */
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
    /**
     * Add an evidence file (multipart, in the field `file`)
     * @description The type is decided from the content (PDF, DOCX, PNG, JPEG, plain text), within the category's size and count limits.
     */
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
    /** Download an evidence file (audited) */
    get: operations['NominationsController_download'];
    put?: never;
    post?: never;
    /** Remove an evidence file from a nomination */
    delete: operations['NominationsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/nominations/{id}/evidence/{evidenceId}/redacted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download the redacted copy of an evidence file (audited)
     * @description For admins.
     */
    get: operations['NominationsController_downloadRedacted'];
    /**
     * Attach the redacted copy of an evidence file that judges of a blind category get (multipart, in the field `file`)
     * @description For admins. Replaces any earlier copy. Checked by content as an upload is, against the category's types and size limit.
     */
    put: operations['NominationsController_redactEvidence'];
    post?: never;
    /**
     * Remove the redacted copy of an evidence file
     * @description For admins. Judges of a blind category then get the original (text evidence with names masked).
     */
    delete: operations['NominationsController_removeRedacted'];
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
    /**
     * What a consent link asks about, and the answer so far
     * @description JSON, or a plain page with the form for a browser (`Accept: text/html`).
     */
    get: operations['ConsentController_view'];
    put?: never;
    /**
     * The nominee's answer: give or refuse publicity consent
     * @description Again to change it, until the announcement fires. JSON, or the page's form.
     */
    post: operations['ConsentController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/exports/nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The nominations of a programme, or of one of its categories, with their statements, as CSV or an Excel workbook (one sheet per category)
     * @description Every nomination but drafts: reference, category, nominee (or team and its members), nominator, status, submitted, screening decision and reason, publicity consent, then one column per criterion holding the statement. Personal data; the download is audited (`nominations.exported`).
     */
    get: operations['NominationsExportController_nominations'];
    put?: never;
    post?: never;
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
    /** Read a category's panel */
    get: operations['PanelsController_panel'];
    /** Set a category's judging panel (members by user id or e-mail, one or more chairs) */
    put: operations['PanelsController_setPanel'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/panel/members/{memberId}/reminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remind a panel member of the scorecards they still owe, by e-mail, now (the chair or an admin; audited) */
    post: operations['PanelsController_remind'];
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
    /** List a category's conflicts: declared, suggested by the system, cleared */
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
    /** Declare a conflict on a nomination (a judge recuses themselves; an admin may name the judge) */
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
    /** Clear a conflict, with the reason (admins) */
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
    /** My judging: the categories whose panels I sit on, their nominations and my scorecards' state */
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
    /** Read a nomination as a judge sees it (anonymised in a blind category) */
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
    /** Download an evidence file as a judge (audited; a neutral name in a blind category) */
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
    /**
     * Other judges' submitted scorecards
     * @description For the chair, or after your own when the programme allows it.
     */
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
    /** My scorecard for a nomination (an empty draft until first saved) */
    get: operations['JudgingController_mine'];
    /** Save my draft scorecard (with the version you read) */
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
    /** Submit my scorecard: final unless the chair reopens it */
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
    /** Reopen a judge's submitted scorecard (the chair; audited with the reason) */
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
    /**
     * A category's results: weighted and normalised rankings, ties, judges' spread and progress
     * @description `limit` and `offset` give one page of the ranked nominations; everything else is of the whole category.
     */
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
    /** A category's outcomes and the chair's record of the judging */
    get: operations['OutcomesController_get'];
    /** Propose a category's outcomes, with citations and the outcomes record (the chair) */
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
    /** Approve the proposed outcomes (the director) */
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
    /** Return the proposed outcomes to the chair with a comment (the director) */
    post: operations['OutcomesController_return'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/exports/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The results of a programme, or of one of its categories, with every judge's scores, as CSV or an Excel workbook (one sheet per category)
     * @description Per nomination: rank, weighted score, spread, normalised score and rank, tie, and one column per judge (their weighted total, by name), as the results page ranks them. Personal data; the download is audited (`results.exported`).
     */
    get: operations['ResultsExportController_results'];
    put?: never;
    post?: never;
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
    /** Read the announcement: when it fires, its text once published, and how its messages went */
    get: operations['AnnouncementsController_get'];
    put?: never;
    /**
     * Announce the winners now, or schedule the announcement at `at`
     * @description Again to reschedule, until it fires. Needs every category's outcomes approved.
     */
    post: operations['AnnouncementsController_schedule'];
    /** Cancel a scheduled announcement before it fires */
    delete: operations['AnnouncementsController_cancel'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/announcement/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Preview the announcement before it fires: the page as it will be published and the plain text of every outcome e-mail
     * @description Rendered by the same code the worker publishes with, from the approved outcomes as they are now.
     */
    get: operations['AnnouncementsController_preview'];
    put?: never;
    post?: never;
    delete?: never;
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
    /** List the certificates made for the winners and commended nominees */
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
    /** Download a certificate PDF (audited) */
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
    /**
     * The winners, for everyone, once announced
     * @description JSON, or a plain page for a browser (`Accept: text/html`). No sign-in.
     */
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
     * A subject access export: everything held about the person with this work e-mail
     * @description A POST with the address in the body, so the address stays out of request logs; nothing is created.
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
    /** List the messages sent or due, newest first, a page at a time */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send every failed message again, or those about one programme; answers how many were put back */
    post: operations['NotificationsController_resendFailed'];
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
    /** Send a failed message again */
    post: operations['NotificationsController_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A programme's dashboard: nominations per day, judging progress and messages, in counts
     * @description Nominations are counted on the day they came in (submitted, or started for a draft),
     *     in the programme's time zone, by category and by their status now. No nomination's content and
     *     no person's name.
     */
    get: operations['DashboardController_dashboard'];
    put?: never;
    post?: never;
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
    /** Liveness: the process answers */
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
    /**
     * Readiness: PostgreSQL, Redis and the identity provider are reachable
     * @description 503 names what is not, in the same shape.
     */
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
    AuditRecord: {
      id: string;
      /** @description Chain order. Assigned under an advisory lock, so it matches commit order. */
      seq: string;
      /** Format: date-time */
      occurredAt: string;
      /** @description The user who acted, or null for the system (a scheduled job). */
      actorId: string | null;
      action: string;
      entityType: string;
      entityId: string;
      /** @description Ids, states and reasons: never statement text or evidence content. */
      data: {
        [key: string]: unknown;
      };
      prevHash: string;
      hash: string;
    };
    AuditPage: {
      items: components['schemas']['AuditRecord'][];
      /** @description Pass as `before` for the next page; null on the last. */
      nextBefore: string | null;
    };
    AuditChainCheck: {
      id: string;
      /** Format: date-time */
      checkedAt: string;
      /** @description True when every link held. */
      ok: boolean;
      /** @description How many records were found intact (before the broken one, if any). */
      checked: number;
      /** @description The first broken record's sequence number and id; null when the chain holds. */
      brokenSeq: string | null;
      brokenId: string | null;
      problem: string | null;
    };
    AuditVerification: {
      /** @description Null when the check never ran. */
      lastCheck: components['schemas']['AuditChainCheck'] | null;
    };
    MeView: {
      id: string;
      tenantId: string;
      objectId: string;
      displayName: string;
      /** @description The verified sign-in name (UPN) of a member of the tenant. */
      username: string | null;
      email: string | null;
      roles: ('Awards.Admin' | 'Awards.Judge' | 'Awards.Chair' | 'Awards.Director' | 'Awards.Auditor')[];
    };
    UserSummaryView: {
      id: string;
      displayName: string;
      /** @description The verified sign-in name (UPN); what a pending panel member is matched on. */
      username: string | null;
      email: string | null;
    };
    LocalIdentifierDto: {
      /** @description What the nominator is told was found, e.g. "Hospital number". */
      label: string;
      /** @description A (a letter), 9 (a digit), and a single space, hyphen or slash between them, e.g. "A999999". */
      pattern: string;
    };
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
      /** @description The trust's own case or patient identifiers the privacy check also looks for; [] for none. */
      privacyLocalIdentifiers?: components['schemas']['LocalIdentifierDto'][];
      peerScoresVisibleAfterOwn?: boolean;
      /**
       * @description What a nominee reads when asked for publicity consent: what is published and where. Empty
       *     (or left out when creating) means the default wording, which the response then shows.
       */
      publicityConsentWording?: string;
      retentionMonths?: number;
    };
    Programme: {
      /** @description The trust's own case or patient identifiers the privacy check also looks for (see local-identifier.ts). */
      privacyLocalIdentifiers: {
        label: string;
        pattern: string;
      }[];
      /** @description Internal: only the create response carries it. */
      nextReference?: number;
      id: string;
      name: string;
      description: string;
      theme: string | null;
      /** @description Starts every nomination reference in this programme, e.g. SWW27 → SWW27-0042. */
      referencePrefix: string;
      timeZone: string;
      /** @enum {string} */
      status: 'closed' | 'open' | 'draft' | 'decided' | 'announced' | 'archived';
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
      /**
       * @description What the nominee reads when asked for publicity consent (the link's page and e-mail, and the
       *     coordinator's consent page). Always filled: left empty, it is the default wording.
       */
      publicityConsentWording: string;
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
      /** @description The trust's own case or patient identifiers the privacy check also looks for; [] for none. */
      privacyLocalIdentifiers?: components['schemas']['LocalIdentifierDto'][];
      peerScoresVisibleAfterOwn?: boolean;
      /**
       * @description What a nominee reads when asked for publicity consent: what is published and where. Empty
       *     (or left out when creating) means the default wording, which the response then shows.
       */
      publicityConsentWording?: string;
      retentionMonths?: number;
      /** @description A JSON number: not converted, so `true` or "3" is refused rather than read as a version. */
      version: number;
    };
    ReadinessItemView: {
      /** @enum {string} */
      code: 'category.no_criteria' | 'programme.no_categories' | 'programme.close_passed' | 'category.no_panel';
      /** @description What is missing and what to do, for the coordinator. */
      message: string;
      /** @description The category it is about, when it is about one. */
      categoryId?: string;
    };
    ProgrammeReadinessView: {
      programmeId: string;
      /** @description True when nothing blocks opening: `problems` is empty. */
      ready: boolean;
      /** @description What must be put right before the programme can open. */
      problems: components['schemas']['ReadinessItemView'][];
      /** @description Worth putting right, but opening is allowed (a panel can be built while nominations come in). */
      warnings: components['schemas']['ReadinessItemView'][];
    };
    CopyProgrammeDto: {
      name: string;
      referencePrefix: string;
      /** @description Defaults to the copied programme's, a year later. */
      nominationsOpenAt?: string;
      /** @description Defaults to the copied programme's, a year later. */
      nominationsCloseAt?: string;
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
      /** @description May be empty while the programme is a draft: "check before you open" then says it is missing. */
      criteria: components['schemas']['CriterionDto'][];
      evidenceMaxFiles?: number;
      /** @description The largest evidence file, in bytes: from 1 kB to 25 MB. */
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
      /** @description May be empty while the programme is a draft: "check before you open" then says it is missing. */
      criteria?: components['schemas']['CriterionDto'][];
      evidenceMaxFiles?: number;
      /** @description The largest evidence file, in bytes: from 1 kB to 25 MB. */
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
    NomineeView: {
      name: string | null;
      email: string | null;
      jobTitle: string | null;
      team: string | null;
    };
    TeamMemberView: {
      name: string;
      email?: string;
      jobTitle?: string;
    };
    ConsentRecordView: {
      /** @enum {string|null} */
      source: 'nominator' | 'admin' | 'nominee' | null;
      askedBy: string | null;
      /** Format: date-time */
      askedAt: string | null;
      /** Format: date-time */
      recordedAt: string | null;
      recordedBy: string | null;
    };
    StatementView: {
      criterionId: string;
      text: string;
      words: number;
      redactedText: string | null;
    };
    EvidenceRedactionView: {
      id: string;
      evidenceId: string;
      fileName: string;
      /** @enum {string} */
      type: 'text' | 'pdf' | 'docx' | 'png' | 'jpeg';
      size: number;
      sha256: string;
      uploadedBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    EvidenceSummaryView: {
      id: string;
      fileName: string;
      /** @enum {string} */
      type: 'text' | 'pdf' | 'docx' | 'png' | 'jpeg';
      size: number;
      sha256: string;
      /** Format: date-time */
      uploadedAt: string;
      /**
       * @description The privacy check of the file, done in the background after the upload (and again when the
       *     nominee or team changes): `checking` until then; `no_text` for a PDF or Word file with no
       *     text (a scan); `not_readable` for an image; `failed` when it could not be read.
       * @enum {string}
       */
      checkStatus: 'checked' | 'failed' | 'checking' | 'no_text' | 'not_readable';
      /** @description Admins only: the redacted copy judges of a blind category get, or null. Absent for the nominator. */
      redactedCopy?: components['schemas']['EvidenceRedactionView'] | null;
    };
    StatementFindingSource: {
      /** @enum {string} */
      type: 'statement';
      criterionId: string;
      criterionTitle: string;
    };
    EvidenceFindingSource: {
      /** @enum {string} */
      type: 'evidence';
      evidenceId: string;
      fileName: string;
      /** @description In a PDF: the page, from 1. */
      page?: number;
      /**
       * @description In a Word document: the part the paragraph is in.
       * @enum {string}
       */
      part?: 'header' | 'document' | 'footer' | 'comment' | 'footnote' | 'endnote';
      /** @description In a Word document: the paragraph, from 1 within its part. */
      paragraph?: number;
    };
    PrivacyFindingView: {
      source: components['schemas']['StatementFindingSource'] | components['schemas']['EvidenceFindingSource'];
      /** @enum {string} */
      kind:
        | 'email'
        | 'nhs_number'
        | 'ni_number'
        | 'postcode'
        | 'date_of_birth'
        | 'phone_number'
        | 'local_identifier'
        | 'person_name'
        | 'street_address';
      label: string;
      start: number;
      end: number;
      masked: string;
    };
    PrivacyView: {
      /** Format: date-time */
      checkedAt: string | null;
      findings: components['schemas']['PrivacyFindingView'][];
      confirmed: boolean;
    };
    ScreeningView: {
      /** @enum {string} */
      decision: 'eligible' | 'ineligible';
      reason: string | null;
      /** Format: date-time */
      screenedAt: string | null;
    };
    PossibleDuplicate: {
      nominationId: string;
      reference: string;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'eligible' | 'ineligible' | 'withdrawn';
      /** @description What matched. */
      matchedOn: ('name' | 'email')[];
    };
    NominationView: {
      id: string;
      reference: string;
      programmeId: string;
      categoryId: string;
      nominatorId: string;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'eligible' | 'ineligible' | 'withdrawn';
      version: number;
      nominee: components['schemas']['NomineeView'];
      teamMembers: components['schemas']['TeamMemberView'][];
      relationship: string | null;
      /** @enum {string} */
      publicityConsent: 'not_asked' | 'given' | 'refused';
      consent: components['schemas']['ConsentRecordView'];
      statements: components['schemas']['StatementView'][];
      evidence: components['schemas']['EvidenceSummaryView'][];
      privacy: components['schemas']['PrivacyView'];
      /** @description Null until the nomination is screened. */
      screening: components['schemas']['ScreeningView'] | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      withdrawnAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description For admins (screening): other submitted nominations in the category that may be of the
       *     same nominee — the same e-mail, or the same name.
       */
      possibleDuplicates?: components['schemas']['PossibleDuplicate'][];
    };
    NominationPage: {
      items: components['schemas']['NominationView'][];
      total: number;
      page: number;
      pageSize: number;
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
    PrivacyCheckView: {
      findings: components['schemas']['PrivacyFindingView'][];
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
    ConsentRequestedView: {
      /** @enum {boolean} */
      requested: true;
    };
    RedactionDto: {
      /** @description The statement as judges of a blind programme should read it; null removes the copy. */
      text: string | null;
    };
    Evidence: {
      id: string;
      nominationId: string;
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
      /** @enum {string} */
      checkStatus: 'checked' | 'failed' | 'checking' | 'no_text' | 'not_readable';
      /** Format: date-time */
      checkedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    NomineeConsentView: {
      programme: string;
      category: string;
      nomineeName: string | null;
      /** @enum {string} */
      publicityConsent: 'not_asked' | 'given' | 'refused';
      /** @description What they are asked to agree to: the programme's publicity consent wording. */
      wording: string;
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
    PanelMemberView: {
      id: string;
      userId: string | null;
      name: string | null;
      email: string | null;
      chair: boolean;
      team: string | null;
      /** @description False until a member set by e-mail first opens their judging. */
      signedIn: boolean;
    };
    PanelView: {
      categoryId: string;
      members: components['schemas']['PanelMemberView'][];
    };
    ReminderView: {
      panelMemberId: string;
      owed: number;
    };
    ConflictClearedView: {
      /** Format: date-time */
      at: string;
      by: string | null;
      reason: string | null;
    };
    ConflictView: {
      id: string;
      nominationId: string;
      reference: string;
      /** @description Null, as are the reasons, for the chair of a blind category. */
      judgeId: string | null;
      judgeName: string | null;
      /** @enum {string} */
      source: 'admin' | 'declared' | 'system';
      reason: string | null;
      /** Format: date-time */
      createdAt: string;
      cleared: components['schemas']['ConflictClearedView'] | null;
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
    JudgingProgress: {
      assigned: number;
      submitted: number;
      drafts: number;
      notStarted: number;
    };
    AssignedProgramme: {
      id: string;
      name: string;
      /** Format: date-time */
      judgingCloseAt: string | null;
      /** @description The IANA zone its dates are read in (e.g. Europe/London). */
      timeZone: string;
    };
    ScorecardState: {
      /** @enum {string} */
      status: 'draft' | 'submitted';
      version: number;
      /** Format: date-time */
      updatedAt: string;
    };
    AssignedNomination: {
      id: string;
      reference: string;
      /** @description Null in a blind category. */
      nomineeName: string | null;
      /** @description Null until the judge first saves a scorecard. */
      scorecard: components['schemas']['ScorecardState'] | null;
    };
    JudgeConflict: {
      nominationId: string;
      reference: string;
      /**
       * @description `declared` by the judge, by an `admin` for them, or seen by the `system`.
       * @enum {string}
       */
      source: 'admin' | 'declared' | 'system';
      reason: string;
      /**
       * Format: date-time
       * @description When it was recorded; null for one the system sees and has not recorded yet.
       */
      createdAt: string | null;
    };
    RecusedBySource: {
      /** @enum {string} */
      source: 'admin' | 'declared' | 'system';
      count: number;
    };
    RecusedCount: {
      count: number;
      bySource: components['schemas']['RecusedBySource'][];
    };
    AssignedCategory: {
      id: string;
      name: string;
      programme: components['schemas']['AssignedProgramme'];
      /** @description The category's effective setting: nominee names are hidden when true. */
      blindJudging: boolean;
      chair: boolean;
      progress: components['schemas']['JudgingProgress'];
      nominations: components['schemas']['AssignedNomination'][];
      /** @description The judge's open conflicts in this category: the nominations left out of `nominations`. */
      conflicts: components['schemas']['JudgeConflict'][];
      /** @description How many nominations are left out of `nominations`, and how each kind of conflict arose. */
      recused: components['schemas']['RecusedCount'];
    };
    AssignmentsView: {
      progress: components['schemas']['JudgingProgress'];
      categories: components['schemas']['AssignedCategory'][];
    };
    JudgeNominee: {
      name: string | null;
      jobTitle: string | null;
      team: string | null;
      teamMembers: string[];
    };
    JudgeNominator: {
      name: string;
    };
    JudgeStatement: {
      criterionId: string;
      criterion: string;
      text: string;
    };
    JudgeEvidence: {
      id: string;
      /** @description In a blind category, a neutral name (the reference and a number), nothing of the original. */
      fileName: string;
      /** @enum {string} */
      type: 'text' | 'pdf' | 'docx' | 'png' | 'jpeg';
      size: number;
    };
    JudgeScorecardState: {
      /** @enum {string} */
      status: 'draft' | 'submitted';
      version: number;
    };
    JudgeCriterion: {
      id: string;
      position: number;
      title: string;
      guidance: string;
      weight: number;
      scaleMax: number;
      wordLimit: number;
    };
    JudgeCategory: {
      id: string;
      name: string;
      criteria: components['schemas']['JudgeCriterion'][];
    };
    JudgeProgramme: {
      id: string;
      name: string;
      /** @description The IANA zone its dates are read in (e.g. Europe/London). */
      timeZone: string;
      /** Format: date-time */
      judgingCloseAt: string | null;
    };
    JudgeNominationView: {
      id: string;
      reference: string;
      programmeId: string;
      categoryId: string;
      blind: boolean;
      /** @description Null in a blind category. */
      nominee: components['schemas']['JudgeNominee'] | null;
      /** @description Null in a blind category. */
      nominator: components['schemas']['JudgeNominator'] | null;
      statements: components['schemas']['JudgeStatement'][];
      evidence: components['schemas']['JudgeEvidence'][];
      scorecard: components['schemas']['JudgeScorecardState'] | null;
      category: components['schemas']['JudgeCategory'];
      programme: components['schemas']['JudgeProgramme'];
      /** @description The nomination before and after this one in the judge's list (by reference); null at either end. */
      previousId: string | null;
      nextId: string | null;
    };
    ScoreView: {
      criterionId: string;
      criterion: string;
      scaleMax: number;
      score: number | null;
      comment: string;
    };
    ReopenedView: {
      /** Format: date-time */
      at: string;
      reason: string | null;
    };
    ScorecardView: {
      /** @description Null until the scorecard is first saved. */
      id: string | null;
      nominationId: string;
      judgeId: string;
      judgeName?: string;
      /** @enum {string} */
      status: 'draft' | 'submitted';
      overallComment: string;
      scores: components['schemas']['ScoreView'][];
      /** Format: date-time */
      submittedAt: string | null;
      reopened: components['schemas']['ReopenedView'] | null;
      /** @description 0 until the scorecard is first saved. */
      version: number;
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
      /**
       * @description The version read; required once the scorecard exists, so a stale tab never overwrites.
       *     0 says "I read it before it was first saved": stale once someone has saved it.
       */
      version?: number;
    };
    ResultsCategory: {
      id: string;
      name: string;
      numberOfWinners: number;
      /** @enum {string} */
      tieBreakRule: 'normalised_then_chair' | 'chair';
    };
    ResultsTie: {
      raw: boolean;
      normalised: boolean;
      /** @enum {string|null} */
      breakBy: 'chair' | 'normalised' | null;
    };
    JudgeScore: {
      judgeId: string;
      /** @description Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ of this scorecard, as a percentage. */
      weightedScore: number;
    };
    NominationResult: {
      id: string;
      reference: string;
      /** @description Null for a chair of a blind category. */
      nomineeName: string | null;
      /**
       * @description Whether the nominee agreed to be named publicly, so a chair writing a citation sees when it
       *     may not name them. Nothing identifying: blind categories' chairs get it too.
       * @enum {string}
       */
      publicityConsent: 'not_asked' | 'given' | 'refused';
      scorecards: number;
      /** @description The mean over judges of Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ, as a percentage. */
      weightedScore: number | null;
      standardDeviation: number | null;
      spread: number | null;
      normalisedScore: number | null;
      rank: number | null;
      normalisedRank: number | null;
      disagreement: boolean;
      tie: components['schemas']['ResultsTie'];
      /** @description The scorecards counted, by judge (`JudgeResult.judgeId`), for a chart of who scored what. */
      scores: components['schemas']['JudgeScore'][];
    };
    JudgeResult: {
      panelMemberId: string;
      judgeId: string | null;
      name: string;
      chair: boolean;
      signedIn: boolean;
      expected: number;
      submitted: number;
      meanScore: number | null;
      leniency: number | null;
      normalised: boolean;
      /** @enum {string} */
      assessment: 'lenient' | 'harsh' | 'in line' | 'not enough scorecards';
    };
    ResultsProgress: {
      expected: number;
      submitted: number;
    };
    ResultsView: {
      category: components['schemas']['ResultsCategory'];
      /** @description Ranked; only the page asked for (`limit`, `offset`), or all of them. */
      nominations: components['schemas']['NominationResult'][];
      /** @description How many nominations are ranked in all, whatever the page. */
      nominationsTotal: number;
      judges: components['schemas']['JudgeResult'][];
      progress: components['schemas']['ResultsProgress'];
      explanation: string[];
    };
    OutcomesStep: {
      by: string | null;
      /** Format: date-time */
      at: string;
    };
    OutcomeView: {
      nominationId: string;
      reference: string;
      /** @description Null for a chair of a blind category. */
      nomineeName: string | null;
      /** @enum {string} */
      kind: 'winner' | 'runner_up' | 'highly_commended';
      citation: string;
      rationale: string;
      tieBreakReason: string | null;
    };
    OutcomesView: {
      categoryId: string;
      /** @enum {string} */
      status: 'open' | 'proposed' | 'returned' | 'approved';
      minutes: string;
      proposed: components['schemas']['OutcomesStep'] | null;
      decided: components['schemas']['OutcomesStep'] | null;
      returnComment: string | null;
      version: number;
      outcomes: components['schemas']['OutcomeView'][];
    };
    ProposedOutcomeDto: {
      /** Format: uuid */
      nominationId: string;
      /** @enum {string} */
      kind: 'winner' | 'runner_up' | 'highly_commended';
      /** @description Read out and published at the announcement. */
      citation: string;
      /** @description The panel's reasons, for the outcomes record. */
      rationale: string;
      /** @description The chair's casting decision, where the tie-break rule needs one. */
      tieBreakReason?: string;
    };
    ProposeOutcomesDto: {
      /** @description Minutes of the panel's outcomes meeting. */
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
    PublicProgramme: {
      id: string;
      name: string;
      /** @description The IANA time zone its dates are read in (e.g. Europe/London). */
      timeZone: string;
    };
    PublicAward: {
      /** @enum {string} */
      kind: 'winner' | 'runner_up' | 'highly_commended';
      /** @description The person, or the team's name; null when a person did not consent to publicity. */
      nomineeName: string | null;
      /** @description The nominee's team or service; for a team nomination, its service. */
      team: string | null;
      citation: string;
    };
    PublicCategory: {
      name: string;
      awards: components['schemas']['PublicAward'][];
    };
    PublicWinners: {
      programme: components['schemas']['PublicProgramme'];
      /** Format: date-time */
      publishedAt: string;
      categories: components['schemas']['PublicCategory'][];
    };
    ScheduleAnnouncementDto: {
      /**
       * @description When to publish (an embargo): ISO 8601 with an offset (`2030-03-21T10:00:00Z`,
       *     `2030-03-21T10:00:00+01:00`), or a local date and time (`2030-03-21T10:00`) read in the
       *     programme's time zone. Leave it out to announce now.
       */
      at?: string;
    };
    AnnouncementDelivery: {
      /** @description Written, not yet sent (or being retried). */
      pending: number;
      sent: number;
      /** @description Given up after the retries; an admin can send them again. */
      failed: number;
    };
    AnnouncementView: {
      programmeId: string;
      /** @enum {string} */
      status: 'scheduled' | 'cancelled' | 'published';
      /** Format: date-time */
      at: string;
      /** Format: date-time */
      publishedAt: string | null;
      version: number;
      /** @description Once published. */
      html: string | null;
      /** @description Once published. */
      text: string | null;
      /** @description Once published (and on GET only): how its messages went. */
      messages: components['schemas']['AnnouncementDelivery'] | null;
    };
    AnnouncementMessagePreview: {
      /** @description What the message is: outcomes.awarded, outcomes.nominator, outcomes.thanks_nominee, outcomes.thanks_nominator, outcomes.judges. */
      kind: string;
      subject: string;
      text: string;
    };
    AnnouncementPreview: {
      programmeId: string;
      /**
       * Format: date-time
       * @description The time it is scheduled for, or now when it is not scheduled; the date it will carry.
       */
      at: string;
      /**
       * @description Scheduled, published, or null when not scheduled (or cancelled).
       * @enum {string|null}
       */
      status: 'scheduled' | 'cancelled' | 'published' | null;
      /** @description The public page's HTML. */
      html: string;
      text: string;
      /** @description Every outcome e-mail, in the order they will be written. */
      messages: components['schemas']['AnnouncementMessagePreview'][];
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
    PersonExport: {
      nominationsMade: {
        [key: string]: unknown;
      }[];
      nominationsReceived: {
        [key: string]: unknown;
      }[];
      judgingSeats: {
        [key: string]: unknown;
      }[];
      conflicts: {
        [key: string]: unknown;
      }[];
      scorecards: {
        [key: string]: unknown;
      }[];
      messages: {
        [key: string]: unknown;
      }[];
      actions: {
        [key: string]: unknown;
      }[];
      email: string;
      /** Format: date-time */
      exportedAt: string;
      /** @description Null when the person never signed in. */
      account: {
        [key: string]: unknown;
      } | null;
    };
    NotificationView: {
      id: string;
      /** @description The outbox event it answers. */
      eventId: string | null;
      kind: string;
      programmeId: string | null;
      /** @description Lower-cased e-mail address. */
      recipient: string;
      subject: string;
      /** @enum {string} */
      status: 'pending' | 'failed' | 'sent';
      attempts: number;
      lastError: string | null;
      /** Format: date-time */
      sentAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    NotificationPage: {
      items: components['schemas']['NotificationView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    ResendNotificationsDto: {
      /** Format: uuid */
      programmeId?: string;
    };
    ResendResult: {
      /** @description How many failed messages were put back to be sent. */
      resent: number;
    };
    DashboardCategoryDayView: {
      categoryId: string;
      draft: number;
      submitted: number;
      eligible: number;
      ineligible: number;
      withdrawn: number;
    };
    DashboardDayView: {
      /** @description The day in the programme's time zone, `YYYY-MM-DD`. */
      date: string;
      /** @description Every category of the programme, in the programme's order, with the nominations that came in that day. */
      categories: components['schemas']['DashboardCategoryDayView'][];
    };
    NominationStatusCounts: {
      draft: number;
      submitted: number;
      eligible: number;
      ineligible: number;
      withdrawn: number;
    };
    JudgingProgressView: {
      /** @description Panel members, chairs included. */
      judges: number;
      /** @description Scorecards owed: each member × each eligible nomination, less open conflicts. */
      expected: number;
      submitted: number;
      /** @description Expected scorecards started and not submitted. */
      drafts: number;
      /** @description Conflicts recorded and not cleared. */
      conflicts: number;
    };
    DashboardCategoryView: {
      categoryId: string;
      name: string;
      /** @description Every nomination of the category by its status now. */
      nominations: components['schemas']['NominationStatusCounts'];
      judging: components['schemas']['JudgingProgressView'];
    };
    NotificationKindCounts: {
      kind: string;
      pending: number;
      sent: number;
      failed: number;
    };
    DashboardNotificationsView: {
      byKind: components['schemas']['NotificationKindCounts'][];
      pending: number;
      sent: number;
      failed: number;
    };
    ProgrammeDashboardView: {
      programmeId: string;
      /** @description The time zone the days are counted in: the programme's. */
      timeZone: string;
      /**
       * @description Each day from the first nomination to today or the close, whichever comes first (and at
       *     least to the last nomination); empty when there are no nominations yet.
       */
      days: components['schemas']['DashboardDayView'][];
      categories: components['schemas']['DashboardCategoryView'][];
      notifications: components['schemas']['DashboardNotificationsView'];
    };
    LivenessView: {
      /** @enum {string} */
      status: 'ok';
    };
    DependencyHealth: {
      /** @enum {string} */
      status: 'up' | 'degraded' | 'down';
      /** @description What went wrong, when down. */
      message?: string;
      /** @description Milliseconds the check took (PostgreSQL's ping). */
      responseTime?: number;
    };
    ReadinessView: {
      /** @description The dependencies that are up */
      info?: {
        [key: string]: components['schemas']['DependencyHealth'];
      };
      /** @description The dependencies that are down */
      error?: {
        [key: string]: components['schemas']['DependencyHealth'];
      };
      details: {
        [key: string]: components['schemas']['DependencyHealth'];
      };
      /** @enum {string} */
      status: 'ok' | 'error' | 'degraded' | 'shutting_down';
    };
    ErrorResponse: {
      /** @description The HTTP status, repeated. */
      statusCode: number;
      /** @description The status's name, e.g. "Not Found". */
      error: string;
      /** @description What went wrong and what to do next, for a person. */
      message: string;
      /** @description Stable for clients, e.g. `nomination.closed`; absent when validation refused the input. */
      code?: string;
      /** @description Detail a client can act on: the privacy findings that block a submission, the parts missing. */
      details?: {
        [key: string]: unknown;
      };
    };
  };
  responses: {
    /** @description The input is refused: the message names the field or value */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description No token, or a token that is not valid (expired, wrong audience) */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Signed in, but not allowed: a role this route needs (`auth.role_required`), or sign-in refused */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The request body is larger than the route accepts */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The request body is of a type the route does not read */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Too many changes by this person in a minute (`request.rate_limited`, RATE_LIMIT_WRITES_PER_MINUTE); try again after Retry-After */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The database is unreachable for now (`service.unavailable`); try again after Retry-After */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
  };
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
        /** @description Records before this sequence number (the previous page's last `seq`). */
        before?: string;
        limit: components['schemas']['Object'];
        entityId?: string;
        entityType?: string;
        /** @description The programme's records: its own, its categories' and nominations', and any naming it. */
        programmeId?: string;
        /** @description The user who acted. */
        actorId?: string;
        /** @description The user who acted, by the e-mail address they signed in with; an address no one has is 422 `audit.actor_unknown`. */
        actorEmail?: string;
        action?:
          | 'programme.created'
          | 'programme.updated'
          | 'programme.copied'
          | 'programme.open'
          | 'programme.closed'
          | 'programme.decided'
          | 'programme.archived'
          | 'category.created'
          | 'category.updated'
          | 'nomination.created'
          | 'nomination.updated'
          | 'nomination.submitted'
          | 'nomination.withdrawn'
          | 'nomination.screened'
          | 'nomination.consent_requested'
          | 'nomination.consent_recorded'
          | 'statement.redacted'
          | 'statement.redaction_removed'
          | 'evidence.uploaded'
          | 'evidence.downloaded'
          | 'evidence.removed'
          | 'evidence.redacted'
          | 'evidence.redaction_removed'
          | 'nominations.exported'
          | 'panel.set'
          | 'conflict.declared'
          | 'conflict.cleared'
          | 'conflict.raised'
          | 'scorecard.submitted'
          | 'scorecard.reopened'
          | 'judge.reminded'
          | 'outcomes.proposed'
          | 'outcomes.returned'
          | 'outcomes.approved'
          | 'results.exported'
          | 'announcement.scheduled'
          | 'announcement.rescheduled'
          | 'announcement.cancelled'
          | 'announcement.published'
          | 'certificate.downloaded'
          | 'notification.resent'
          | 'retention.purged'
          | 'evidence.orphans_swept'
          | 'person.exported'
          | 'audit.exported';
        /** @description Records at or after this time (ISO 8601). */
        from?: string;
        /** @description Records before this time (ISO 8601). */
        to?: string;
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
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description No one who has signed in has the `actorEmail` given: `audit.actor_unknown` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
    };
  };
  AuditController_export: {
    parameters: {
      query?: {
        entityId?: string;
        entityType?: string;
        /** @description The programme's records: its own, its categories' and nominations', and any naming it. */
        programmeId?: string;
        /** @description The user who acted. */
        actorId?: string;
        /** @description The user who acted, by the e-mail address they signed in with; an address no one has is 422 `audit.actor_unknown`. */
        actorEmail?: string;
        action?:
          | 'programme.created'
          | 'programme.updated'
          | 'programme.copied'
          | 'programme.open'
          | 'programme.closed'
          | 'programme.decided'
          | 'programme.archived'
          | 'category.created'
          | 'category.updated'
          | 'nomination.created'
          | 'nomination.updated'
          | 'nomination.submitted'
          | 'nomination.withdrawn'
          | 'nomination.screened'
          | 'nomination.consent_requested'
          | 'nomination.consent_recorded'
          | 'statement.redacted'
          | 'statement.redaction_removed'
          | 'evidence.uploaded'
          | 'evidence.downloaded'
          | 'evidence.removed'
          | 'evidence.redacted'
          | 'evidence.redaction_removed'
          | 'nominations.exported'
          | 'panel.set'
          | 'conflict.declared'
          | 'conflict.cleared'
          | 'conflict.raised'
          | 'scorecard.submitted'
          | 'scorecard.reopened'
          | 'judge.reminded'
          | 'outcomes.proposed'
          | 'outcomes.returned'
          | 'outcomes.approved'
          | 'results.exported'
          | 'announcement.scheduled'
          | 'announcement.rescheduled'
          | 'announcement.cancelled'
          | 'announcement.published'
          | 'certificate.downloaded'
          | 'notification.resent'
          | 'retention.purged'
          | 'evidence.orphans_swept'
          | 'person.exported'
          | 'audit.exported';
        /** @description Records at or after this time (ISO 8601). */
        from?: string;
        /** @description Records before this time (ISO 8601). */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The records as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description No one who has signed in has the `actorEmail` given: `audit.actor_unknown` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
    };
  };
  AuditController_verification: {
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
          'application/json': components['schemas']['AuditVerification'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  AuditController_verifyNow: {
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
          'application/json': components['schemas']['AuditVerification'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  UsersController_search: {
    parameters: {
      query: {
        /** @description At least two characters, so a search names someone rather than listing everyone. */
        search: string;
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
        content: {
          'application/json': components['schemas']['UserSummaryView'][];
        };
      };
      /** @description `search` is missing, shorter than 2 or longer than 100 characters */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
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
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
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
      /** @description The dates are out of order: `programme.invalid_dates` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description Another programme has this reference prefix: `programme.prefix_taken`, `duplicate` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description No such programme, or a draft you may not see: `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
      /** @description `programme.invalid_dates` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Changed since you read it: `programme.stale`, `programme.prefix_taken`, `duplicate` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description The programme's state forbids the change: `programme.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  ProgrammesController_readiness: {
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
          'application/json': components['schemas']['ProgrammeReadinessView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
    };
  };
  ProgrammesController_copy: {
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
        'application/json': components['schemas']['CopyProgrammeDto'];
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
      /** @description The dates are out of order: `programme.invalid_dates` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Another programme has this reference prefix: `programme.prefix_taken`, `duplicate` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The lifecycle does not allow it from this state, or something is missing: `programme.invalid_state`, `programme.not_ready` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The lifecycle does not allow it from this state: `programme.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `duplicate` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description `programme.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Changed since you read it: `category.stale` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description Criteria cannot change once nominations exist: `category.criteria_locked` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'];
        };
      };
      /** @description `nomination.invalid` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description No such category, or one not open to you: `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description The programme is not taking nominations, or the submission is refused: `nomination.closed`, `nomination.incomplete`, `nomination.privacy_blocked`, `nomination.privacy_unconfirmed`, `nomination.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'][];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  NominationsController_list: {
    parameters: {
      query?: {
        /** @description The page to read, from 1. */
        page?: number;
        /** @description How many items a page holds. */
        pageSize?: number;
        programmeId?: string;
        categoryId?: string;
        status?: 'draft' | 'submitted' | 'eligible' | 'ineligible' | 'withdrawn';
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
        content: {
          'application/json': components['schemas']['NominationPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description No such nomination, or not yours to see: `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'];
        };
      };
      /** @description `nomination.invalid` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description Only the nominator changes a nomination: `nomination.not_owner` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone changed it since you read it: `nomination.stale` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description `nomination.closed`, `nomination.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `nomination.not_owner` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Another submission or edit of it won the race: `nomination.stale` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description `nomination.closed`, `nomination.incomplete`, `nomination.evidence_being_checked`, `nomination.privacy_blocked`, `nomination.privacy_unconfirmed`, `nomination.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `nomination.not_owner` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.closed`, `nomination.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
        content: {
          'application/json': components['schemas']['PrivacyCheckView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `nomination.not_owner` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description Only a submitted nomination is screened: `nomination.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description Consent can no longer be recorded: `consent.closed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
        content: {
          'application/json': components['schemas']['ConsentRequestedView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `consent.closed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NominationView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found`, `statement.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Evidence'];
        };
      };
      /** @description The multipart body is malformed or the file name is refused: `evidence.*` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description `nomination.not_owner` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Over the category's size limit: `evidence.too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A type the category does not accept: `evidence.*` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Over the count limit, or the nomination cannot change now: `evidence.*`, `nomination.closed`, `nomination.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
      /** @description The file, as its type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'image/png': string;
          'image/jpeg': string;
          'text/plain': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found`, `evidence.not_found`; its bytes gone from storage: `stored_file.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `nomination.not_owner` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found`, `evidence.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.closed`, `nomination.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  NominationsController_downloadRedacted: {
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
      /** @description The file, as its type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'image/png': string;
          'image/jpeg': string;
          'text/plain': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found`, `evidence.not_found`, `redacted_copy.not_found`; its bytes gone from storage: `stored_file.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
    };
  };
  NominationsController_redactEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceRedactionView'];
        };
      };
      /** @description The multipart body is malformed or the file name is refused: `evidence.*` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found`, `evidence.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Over the category's size limit: `evidence.too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A type the category does not accept: `evidence.*` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The category is not judged blind, or the nomination is not submitted or eligible: `evidence.not_blind`, `nomination.invalid_state` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  NominationsController_removeRedacted: {
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found`, `evidence.not_found`, `redacted_copy.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
        content: {
          'application/json': components['schemas']['NomineeConsentView'];
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      /** @description A link we did not sign: `consent.link_invalid` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The winners are announced: `consent.closed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
        'application/x-www-form-urlencoded': components['schemas']['NomineeConsentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NomineeConsentView'];
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      /** @description `consent.link_invalid` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description `consent.closed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  NominationsExportController_nominations: {
    parameters: {
      query: {
        /** @description csv (one file, UTF-8) or xlsx (an Excel workbook, one sheet per category). */
        format: 'csv' | 'xlsx';
        /** @description One category of the programme; without it, every category. */
        categoryId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export, as the format asked for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description A format other than csv or xlsx, or a categoryId that is not an id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description No such programme, or the category is not one of its: `programme.not_found`, `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['PanelView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description Not the chair of this panel: `judging.not_chair` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['PanelView'];
        };
      };
      /** @description `judging.invalid` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description The category's outcomes are approved: `judging.closed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  PanelsController_remind: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        memberId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description Not the chair of this panel: `judging.not_chair` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `category.not_found`, `panel_member.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description They owe no scorecard: `judging.nothing_owed` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ConflictView'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `judging.not_chair` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ConflictView'];
        };
      };
      /** @description `judging.invalid` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description `conflict.not_yours` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ConflictView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `nomination.not_found`, `conflict.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['AssignmentsView'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['JudgeNominationView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description You declared a conflict on it: `judging.recused` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not an eligible nomination of your panels: `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
      /** @description The file, as its type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'image/png': string;
          'image/jpeg': string;
          'text/plain': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `judging.recused` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found`, `evidence.not_found`; its bytes gone from storage: `stored_file.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ScorecardView'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `scorecard.peers_hidden`, `judging.recused` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ScorecardView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `judging.recused` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ScorecardView'];
        };
      };
      /** @description A score off the criterion's scale, or an unknown criterion: `judging.invalid` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description `judging.recused` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Submitted already, or changed since you read it: `scorecard.already_submitted`, `scorecard.stale` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description Judging is closed: `judging.closed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ScorecardView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `judging.recused` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found`, `scorecard.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `scorecard.already_submitted` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A criterion has no score, or judging is closed: `scorecard.incomplete`, `judging.closed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ScorecardView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description Not the chair of this panel: `judging.not_chair` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `nomination.not_found`, `scorecard.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description It is not submitted: `scorecard.not_submitted` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  OutcomesController_getResults: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
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
          'application/json': components['schemas']['ResultsView'];
        };
      };
      /** @description A limit or offset that is not a whole number in range */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description Not the chair of this panel: `judging.not_chair` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['OutcomesView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description `judging.not_chair` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['OutcomesView'];
        };
      };
      /** @description `judging.invalid` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description Not the chair, or recused from a nomination given an outcome: `judging.not_chair`, `judging.recused` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Approved already, or changed since you read it: `outcomes.already_approved`, `proposal.stale` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description `judging.closed`, `outcomes.too_many_winners`, `outcomes.not_eligible`, `outcomes.not_scored`, `outcomes.tie_break_needed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['OutcomesView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Nothing proposed, approved already, or changed since you read it: `outcomes.not_proposed`, `outcomes.already_approved`, `proposal.stale` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description The proposal no longer holds (a nomination unscored or not eligible, too many winners, a tie unbroken), or the programme is not closed: `judging.closed`, `outcomes.not_scored`, `outcomes.not_eligible`, `outcomes.too_many_winners`, `outcomes.tie_break_needed` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['OutcomesView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `outcomes.not_proposed`, `outcomes.already_approved`, `proposal.stale` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  ResultsExportController_results: {
    parameters: {
      query: {
        /** @description csv (one file, UTF-8) or xlsx (an Excel workbook, one sheet per category). */
        format: 'csv' | 'xlsx';
        /** @description One category of the programme; without it, every category. */
        categoryId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export, as the format asked for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description A format other than csv or xlsx, or a categoryId that is not an id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description No such programme, or the category is not one of its: `programme.not_found`, `category.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['AnnouncementView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `announcement.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['AnnouncementView'];
        };
      };
      /** @description A time that cannot be read or is past: `announcement.invalid_time`, `announcement.past` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Already published: `announcement.already_published` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description Not every category has approved outcomes: `announcement.not_decided` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['AnnouncementView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `announcement.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Already published: `announcement.already_published` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  AnnouncementsController_preview: {
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
          'application/json': components['schemas']['AnnouncementPreview'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description Not a director, an admin, or a chair of one of the programme's panels: `announcement.preview_forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not every category has approved outcomes: `announcement.not_decided` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
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
      /** @description The certificate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `certificate.not_found`; its bytes gone from storage: `stored_file.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
        content: {
          'application/json': components['schemas']['PublicWinners'];
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      /** @description Not announced (or no such programme): `winners list.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['PersonExport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        /** @description The page to read, from 1. */
        page?: number;
        /** @description How many items a page holds. */
        pageSize?: number;
        status?: 'pending' | 'sent' | 'failed';
        /** @description Only the messages about this programme. */
        programmeId?: string;
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
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  NotificationsController_resendFailed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResendNotificationsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResendResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['NotificationView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `notification.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only a failed message is sent again: `notification.not_failed` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  DashboardController_dashboard: {
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
          'application/json': components['schemas']['ProgrammeDashboardView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description `programme.not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
        content: {
          'application/json': components['schemas']['LivenessView'];
        };
      };
      503: components['responses']['ServiceUnavailable'];
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
          'application/json': components['schemas']['ReadinessView'];
        };
      };
      /** @description A dependency is down */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessView'];
        };
      };
    };
  };
}
