import type { DemoUser } from './demo-users';
import type { NewPerson, PersonErrors } from './people';
import { ROLES } from './people';

export const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
ul{list-style:none;padding:0}li{margin:.5rem 0}button{font-size:1rem;padding:.5rem 1rem}
label{display:block;font-weight:600;margin-top:1rem}input[type=text],input[type=email]{font-size:1rem;padding:.4rem;width:100%;max-width:30rem}
.checkbox{font-weight:400;margin-top:.25rem}fieldset{border:0;padding:0;margin:1rem 0 0}legend{font-weight:600}
.hint{color:#4c6272}.error{color:#d5281b;font-weight:600;display:block}.summary{border:4px solid #d5281b;padding:.5rem 1rem}
.warn{background:#fff4d6;border-left:4px solid #d4a000;padding:.5rem 1rem}
:focus-visible{outline:3px solid #ffeb3b;box-shadow:0 4px 0 #212b32}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head><body><main>
${body}
</main></body></html>`;
}

export interface SignInView {
  /** The pending request the forms post back, so the page carries no OAuth parameter itself. */
  requestId: string;
  clientName: string;
  people: DemoUser[];
  /** What the tester typed in the add-a-person form, when it was refused. */
  typed?: NewPerson;
  errors?: PersonErrors;
}

/**
 * The issuer's sign-in page for a browser sign-in: one button per person, and a form to add a
 * person. Plain HTML forms: works without JavaScript, each control labelled for a screen reader.
 */
export function renderSignInPage(view: SignInView): string {
  const people = view.people
    .map(
      (p) => `<li><button type="submit" name="user" value="${escape(p.key)}" aria-describedby="who-${escape(p.key)}">
Sign in as ${escape(p.name)}</button>
<span id="who-${escape(p.key)}" class="hint">${escape(p.description)}; ${escape(p.roles.join(', ') || 'no role')}</span></li>`,
    )
    .join('\n');
  const errors = view.errors ?? {};
  const typed = view.typed ?? { name: '', email: '', roles: [] };
  const fieldError = (field: keyof PersonErrors): string =>
    errors[field] ? `<span class="error" id="${field}-error">Error: ${escape(errors[field])}</span>` : '';
  const invalid = (field: keyof PersonErrors): string =>
    errors[field] ? ` aria-invalid="true" aria-describedby="${field}-error"` : '';
  const listed = Object.entries(errors).map(
    ([field, message]) => `<li><a href="#${field}">${escape(message)}</a></li>`,
  );
  const summary = listed.length
    ? `<div class="summary" role="alert" tabindex="-1" autofocus aria-labelledby="summary-title"><h2 id="summary-title">There is a problem</h2><ul>${listed.join('')}</ul></div>`
    : '';
  const roles = ROLES.map(
    (role) =>
      `<label class="checkbox"><input type="checkbox" name="roles" value="${role}"${
        typed.roles.includes(role) ? ' checked' : ''
      }> ${role}</label>`,
  ).join('\n');
  const request = `<input type="hidden" name="request" value="${escape(view.requestId)}">`;
  return page(
    `${listed.length ? 'Error: ' : ''}Sign in to ${view.clientName} — Commend dev issuer`,
    `${summary}<h1>Sign in to ${escape(view.clientName)}</h1>
<p class="warn">This local issuer stands in for Microsoft Entra ID in the demo and tests. It never runs in production.</p>
<form method="post"><h2 id="people-title">Choose a person</h2>${request}
<ul aria-labelledby="people-title">${people}</ul></form>
<form method="post" novalidate><h2>Or add a person</h2>${request}<input type="hidden" name="add" value="1">
<label for="name">Full name</label>${fieldError('name')}
<input type="text" id="name" name="name" value="${escape(typed.name)}" autocomplete="off"${invalid('name')}>
<label for="email">E-mail address</label>${fieldError('email')}
<input type="email" id="email" name="email" value="${escape(typed.email)}" autocomplete="off" spellcheck="false"${invalid('email')}>
<fieldset id="roles"${errors.roles ? ' aria-describedby="roles-error"' : ''}><legend>Roles (leave all unticked for a colleague who nominates)</legend>${fieldError('roles')}
${roles}</fieldset>
<p><button type="submit">Add this person and sign in</button></p></form>`,
  );
}

/** A refusal shown on the issuer's own page: the redirect URI is not trusted (yet), so never redirected to. */
export function renderErrorPage(title: string, message: string): string {
  return page(`${title} — Commend dev issuer`, `<h1>${escape(title)}</h1><p>${escape(message)}</p>`);
}
