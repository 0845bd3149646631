import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const PURPOSE = 'publicity-consent';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let cached: Promise<string> | undefined;

/** The installation's key for consent links (made by the migration; it never changes while running). */
function key(manager: EntityManager): Promise<string> {
  cached ??= manager
    .query<{ secret: string }[]>('SELECT secret FROM signing_keys WHERE purpose = $1', [PURPOSE])
    .then(([row]) => {
      if (!row) throw new Error(`No signing key for ${PURPOSE}: run the migrations`);
      return row.secret;
    })
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}

// The purpose is signed too, so a signature made for anything else never opens this link.
const sign = (secret: string, nominationId: string): string =>
  createHmac('sha256', secret).update(`${PURPOSE}:${nominationId}`).digest('base64url');

/**
 * The token of a nominee's consent link: the nomination's id and its HMAC-SHA256 under the
 * installation's key. Unguessable without the key, good only for this nomination's consent;
 * whether it may still be used (until the announcement) is decided when it is used.
 */
export async function consentLinkToken(manager: EntityManager, nominationId: string): Promise<string> {
  return `${nominationId}.${sign(await key(manager), nominationId)}`;
}

/** The nomination a consent token was made for, or null when it is not one we signed. */
export async function verifyConsentLinkToken(manager: EntityManager, token: string): Promise<string | null> {
  const [nominationId, signature, ...rest] = token.split('.');
  if (rest.length || !nominationId || !signature || !UUID.test(nominationId)) return null;
  const expected = Buffer.from(sign(await key(manager), nominationId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nominationId : null;
}
