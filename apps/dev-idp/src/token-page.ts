import type { DemoUser } from './demo-users';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The demo's sign-in page: pick a person, get their access token and a curl to try it. */
export function renderTokenPage(users: DemoUser[], apiUrl: string, minted?: { user: DemoUser; token: string }): string {
  const options = users
    .map(
      (u) =>
        `<label><input type="radio" name="user" value="${escape(u.key)}"${minted?.user.key === u.key ? ' checked' : ''} required>
         <strong>${escape(u.name)}</strong> — ${escape(u.description)} <code>${escape(u.roles.join(', ') || 'no role')}</code></label>`,
    )
    .join('\n');
  const result = minted
    ? `<section aria-live="polite"><h2>Access token for ${escape(minted.user.name)}</h2>
       <p>Valid for one hour. Send it as <code>Authorization: Bearer …</code>.</p>
       <textarea readonly rows="6" id="token">${escape(minted.token)}</textarea>
       <p><label for="curl">Try it in a terminal:</label></p>
       <textarea readonly rows="3" id="curl">curl -H "Authorization: Bearer ${escape(minted.token)}" ${escape(apiUrl)}/me</textarea></section>`
    : '';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Commend dev sign-in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
label{display:block;padding:.4rem 0}textarea{width:100%;font-family:monospace}button{font-size:1rem;padding:.5rem 1rem}
.warn{background:#fff4d6;border-left:4px solid #d4a000;padding:.5rem 1rem}</style></head><body>
<h1>Commend — demo sign-in</h1>
<p class="warn">This local issuer stands in for Microsoft Entra ID in the demo and tests. It never runs in production.</p>
<form method="post" action="/"><fieldset><legend>Sign in as</legend>${options}</fieldset>
<p><button type="submit">Get access token</button></p></form>${result}</body></html>`;
}
