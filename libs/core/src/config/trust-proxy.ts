/**
 * TRUST_PROXY, as Express's `trust proxy` takes it: which peers are proxies whose
 * X-Forwarded-For (the client's address) and X-Request-Id this app believes. Unset or `false`:
 * none, every peer is the client. A whole number: that many proxies in front (the nearest
 * N hops). Otherwise a comma-separated list of addresses, CIDR ranges and Express's names
 * `loopback`, `linklocal`, `uniquelocal`. `true` (trust any peer) is refused: anyone reaching the
 * port directly could then choose their own address and request id.
 */
const ADDRESS = String.raw`(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)`;
const ENTRY = String.raw`(?:loopback|linklocal|uniquelocal|${ADDRESS}(?:/\d{1,3})?)`;
export const TRUST_PROXY_PATTERN = new RegExp(String.raw`^(?:false|\d{1,2}|${ENTRY}(?:\s*,\s*${ENTRY})*)$`);
export const TRUST_PROXY_MESSAGE =
  'TRUST_PROXY must be false, a number of proxies in front (e.g. 1), or a comma-separated list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal';

/** The value for `app.set('trust proxy', …)`. */
export type TrustProxy = false | number | string[];

export function parseTrustProxy(value: string | undefined, fallback: TrustProxy = false): TrustProxy {
  if (value === undefined) return fallback;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}
