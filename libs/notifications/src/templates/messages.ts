import { message, type Message } from './message';

/** What each message needs to know. Plain words for a busy colleague, with the programme's name and a link. */
export interface MessageContext {
  appUrl: string;
  programmeId: string;
  programme: string;
  recipientName: string | null;
}

/**
 * Where e-mails send people, all from APP_URL: somewhere a person can act today. Until the
 * browser app exists (a later issue), that is the API's documentation opened at the call to
 * make, and the public winners page.
 */
export const LINKS = {
  myNominations: (appUrl: string) => `${appUrl}/api/docs#/nominations/NominationsController_mine`,
  /** The browser app's page of one nomination (apps/web serves /nominations/:id). */
  nomination: (appUrl: string, id: string) => `${appUrl}/nominations/${encodeURIComponent(id)}`,
  myJudging: (appUrl: string) => `${appUrl}/api/docs#/judging/JudgingController_assignments`,
  /** The browser app's public winners page (no sign-in; apps/web serves /winners/:programmeId). */
  winners: (appUrl: string, programmeId: string) => `${appUrl}/winners/${encodeURIComponent(programmeId)}`,
  /** A page of its own (no sign-in) whose form records the nominee's answer. */
  consent: (appUrl: string, token: string) => `${appUrl}/api/v1/public/consent?token=${encodeURIComponent(token)}`,
};

const hello = (name: string | null): string => (name ? `Dear ${name},` : 'Hello,');
const KIND_LABEL = { winner: 'Winner', runner_up: 'Runner-up', highly_commended: 'Highly commended' } as const;

export const MESSAGES = {
  nominationReceipt: (
    c: MessageContext,
    n: { id: string; reference: string; nominee: string; category: string },
  ): Message =>
    message({
      subject: `Your nomination of ${n.nominee} is in (${n.reference})`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `Thank you for nominating ${n.nominee} for the ${n.category} in the ${c.programme}. We have received it; its reference is ${n.reference}.`,
        'The awards team will check it meets the criteria and let you know. You can see it, and withdraw it while nominations are open, in Commend.',
      ],
      link: { text: 'See your nomination in Commend', url: LINKS.nomination(c.appUrl, n.id) },
      programme: c.programme,
    }),

  nomineeTold: (c: MessageContext, n: { category: string; nominator: string }): Message =>
    message({
      subject: `You have been nominated for the ${n.category}`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `${n.nominator} has nominated you for the ${n.category} in the ${c.programme}. Congratulations: being nominated by a colleague is recognition in itself.`,
        'A judging panel will consider the nominations; the winners are announced at the end of the programme.',
      ],
      programme: c.programme,
    }),

  consentRequest: (c: MessageContext, n: { category: string; token: string; wording: string }): Message =>
    message({
      subject: `May we use your name when we announce the ${c.programme} winners?`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `You were nominated for the ${n.category} in the ${c.programme}.`,
        // The programme's own words, as the link's page shows them.
        n.wording,
        'Use the link to say yes or no; you can change your answer until the winners are announced.',
        'The link is yours alone: please do not forward this e-mail.',
      ],
      link: { text: 'Give or refuse consent', url: LINKS.consent(c.appUrl, n.token) },
      programme: c.programme,
    }),

  screeningOutcome: (
    c: MessageContext,
    n: { id: string; reference: string; nominee: string; eligible: boolean; reason: string | null },
  ): Message =>
    message({
      subject: n.eligible
        ? `Your nomination of ${n.nominee} goes to the judges (${n.reference})`
        : `Your nomination of ${n.nominee} could not go forward (${n.reference})`,
      greeting: hello(c.recipientName),
      paragraphs: [
        n.eligible
          ? `Your nomination ${n.reference} meets the criteria and goes to the judging panel.`
          : `Your nomination ${n.reference} does not meet the criteria of the category, so it will not be judged.`,
        ...(n.reason ? [`The awards team said: ${n.reason}`] : []),
      ],
      link: { text: 'See your nominations in the Commend API', url: LINKS.myNominations(c.appUrl) },
      programme: c.programme,
    }),

  judgeAssigned: (c: MessageContext, j: { category: string; chair: boolean }): Message =>
    message({
      subject: `You are on the judging panel for the ${j.category}`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `You have been asked to ${j.chair ? 'chair' : 'sit on'} the judging panel for the ${j.category} in the ${c.programme}.`,
        'Sign in to Commend to see the nominations assigned to you. If you know a nominee or nominator well, declare a conflict and you will not be asked to score that nomination.',
      ],
      link: { text: 'See your judging in the Commend API', url: LINKS.myJudging(c.appUrl) },
      programme: c.programme,
    }),

  /** `closesAt` is null when the chair reminds a judge of a programme with no judging deadline set. */
  judgingReminder: (c: MessageContext, r: { outstanding: number; closesAt: string | null }): Message =>
    message({
      subject: `Reminder: ${r.outstanding} scorecard${r.outstanding === 1 ? '' : 's'} to submit${r.closesAt ? ` by ${r.closesAt}` : ''}`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `${r.closesAt ? `Judging for the ${c.programme} closes on ${r.closesAt}. ` : `Your panel chair for the ${c.programme} asks for your scores. `}You have ${r.outstanding} scorecard${r.outstanding === 1 ? '' : 's'} still to submit.`,
        'Drafts are saved as you go; a scorecard counts once you submit it.',
      ],
      link: { text: 'See your judging in the Commend API', url: LINKS.myJudging(c.appUrl) },
      programme: c.programme,
    }),

  awarded: (c: MessageContext, a: { category: string; kind: keyof typeof KIND_LABEL; citation: string }): Message =>
    message({
      subject: `${KIND_LABEL[a.kind]}: ${a.category}`,
      greeting: hello(c.recipientName),
      paragraphs: [
        a.kind === 'winner'
          ? `Congratulations: you have won the ${a.category} in the ${c.programme}.`
          : `Congratulations: you are ${a.kind === 'runner_up' ? 'runner-up for' : 'highly commended in'} the ${a.category} in the ${c.programme}.`,
        `The panel's citation: "${a.citation}"`,
        'Your certificate is on its way from the awards team.',
      ],
      link: { text: 'See all the winners', url: LINKS.winners(c.appUrl, c.programmeId) },
      programme: c.programme,
    }),

  nominatorOfAwarded: (
    c: MessageContext,
    a: { nominee: string; category: string; kind: keyof typeof KIND_LABEL },
  ): Message =>
    message({
      subject: `${a.nominee}: ${KIND_LABEL[a.kind]}, ${a.category}`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `The colleague you nominated, ${a.nominee}, is ${a.kind === 'winner' ? 'the winner of' : a.kind === 'runner_up' ? 'runner-up for' : 'highly commended in'} the ${a.category} in the ${c.programme}.`,
        'Thank you for taking the time to recognise them.',
      ],
      link: { text: 'See all the winners', url: LINKS.winners(c.appUrl, c.programmeId) },
      programme: c.programme,
    }),

  thanksNominee: (c: MessageContext, n: { category: string }): Message =>
    message({
      subject: `Thank you from the ${c.programme}`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `A colleague nominated you for the ${n.category} in the ${c.programme}. The panel has now chosen its winners; you were not among them this time, but being nominated is recognition of the difference you make.`,
      ],
      link: { text: 'See the winners', url: LINKS.winners(c.appUrl, c.programmeId) },
      programme: c.programme,
    }),

  thanksNominator: (c: MessageContext, n: { nominee: string; category: string }): Message =>
    message({
      subject: `The ${c.programme} winners are announced`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `Thank you for nominating ${n.nominee} for the ${n.category}. The winners are now announced; your nomination was not among them this time, and it was read and judged with care.`,
      ],
      link: { text: 'See the winners', url: LINKS.winners(c.appUrl, c.programmeId) },
      programme: c.programme,
    }),

  thanksJudge: (c: MessageContext): Message =>
    message({
      subject: `The ${c.programme} winners are announced`,
      greeting: hello(c.recipientName),
      paragraphs: [
        `The winners of the ${c.programme} are announced. Thank you for your time and care on the judging panel.`,
      ],
      link: { text: 'See the winners', url: LINKS.winners(c.appUrl, c.programmeId) },
      programme: c.programme,
    }),
};
