import { escapeHtml, htmlPage } from '@commend/core';
import type { NomineeConsentView } from './consent.service';

const ANSWER: Record<NomineeConsentView['publicityConsent'], string> = {
  not_asked: 'You have not answered yet.',
  given: 'Your answer so far: yes, your name may be published.',
  refused: 'Your answer so far: no, your name is not published.',
};

const STYLE =
  'body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#212b32;margin:0}' +
  'main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}button{font-size:1rem;padding:.5rem 1rem;margin:0 .5rem .5rem 0}';

const page = (title: string, body: string[]): string => htmlPage({ title, style: STYLE, body, noReferrer: true });

/**
 * The nominee's question as a page that works without JavaScript: the link from the e-mail
 * opens it, and its form posts the answer (the token goes in the form, not the address).
 */
export function consentPage(view: NomineeConsentView, token: string, answered = false): string {
  const who = view.nomineeName ? `${escapeHtml(view.nomineeName)}, you` : 'You';
  return page('May we publish your name?', [
    ...(answered ? ['<p role="status"><strong>Thank you: your answer is saved.</strong></p>'] : []),
    `<p>${who} were nominated for the ${escapeHtml(view.category)} in the ${escapeHtml(view.programme)}.</p>`,
    // The programme's own words: what the coordinator records consent to is what the nominee read.
    `<p>${escapeHtml(view.wording)}</p>`,
    '<p>You can change your answer until the winners are announced.</p>',
    `<p>${escapeHtml(ANSWER[view.publicityConsent])}</p>`,
    '<form method="post" action="consent">',
    `<input type="hidden" name="token" value="${escapeHtml(token)}">`,
    '<button type="submit" name="decision" value="given">Yes, publish my name</button>',
    '<button type="submit" name="decision" value="refused">No, do not publish my name</button>',
    '</form>',
  ]);
}

/** Why the link cannot be used, as a page. */
export function consentProblemPage(message: string): string {
  return page('This consent link cannot be used', [`<p>${escapeHtml(message)}</p>`]);
}
