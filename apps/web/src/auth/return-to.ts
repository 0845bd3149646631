/**
 * Where to go after sign-in: only a path of this app ("/nominations/1?x=y"), never another
 * origin — not "//evil.example", "/\\evil.example", "https://…" or anything with a control
 * character, which browsers may read as another host.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  const parsed = new URL(value, 'http://commend.invalid');
  if (parsed.origin !== 'http://commend.invalid') return '/';
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
