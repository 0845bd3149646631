import { cleanAddress, cleanName, identityFromClaims } from './claims';

const TENANT = '7e57e57e-0000-4000-8000-00000000a11d';
const OID = 'c0ffee00-0000-4000-8000-000000000001';

describe('identityFromClaims', () => {
  it("takes a member's sign-in name as the verified identifier and address", () => {
    const identity = identityFromClaims(
      { name: 'Jane Smith', preferred_username: 'Jane.Smith@Trust.nhs.uk', email: 'someone.else@trust.nhs.uk' },
      TENANT,
      OID,
    );

    expect(identity).toEqual({
      tenantId: TENANT,
      objectId: OID,
      displayName: 'Jane Smith',
      username: 'jane.smith@trust.nhs.uk',
      email: 'jane.smith@trust.nhs.uk',
    });
  });

  it('uses the email claim only when Entra ID says its domain owner is verified (xms_edov)', () => {
    const claims = { name: 'Jane', preferred_username: 'js42@trust.onmicrosoft.com', email: 'jane@trust.nhs.uk' };

    expect(identityFromClaims({ ...claims, xms_edov: true }, TENANT, OID).email).toBe('jane@trust.nhs.uk');
    expect(identityFromClaims({ ...claims, xms_edov: false }, TENANT, OID).email).toBe('js42@trust.onmicrosoft.com');
  });

  it("does not trust a guest's sign-in name, which another tenant sets", () => {
    const guest = identityFromClaims(
      { name: 'Guest', preferred_username: 'judge@trust.nhs.uk', idp: 'https://sts.windows.net/another-tenant/' },
      TENANT,
      OID,
    );

    expect(guest).toMatchObject({ username: null, email: null });
  });

  it("treats an idp claim naming the tenant's own issuer as a member", () => {
    const member = identityFromClaims(
      { preferred_username: 'a@trust.nhs.uk', idp: `https://sts.windows.net/${TENANT}/` },
      TENANT,
      OID,
    );

    expect(member.username).toBe('a@trust.nhs.uk');
  });
});

describe('cleanName', () => {
  it('drops NUL and other control characters, turning line breaks and tabs into spaces', () => {
    expect(cleanName('Ro\u0000sa\tDiaz\r\nPeralta\u0007\u009b')).toBe('Rosa Diaz Peralta');
  });

  it('gives null for nothing left, or no string', () => {
    expect(cleanName('\u0000 \u0001')).toBeNull();
    expect(cleanName(42)).toBeNull();
  });

  it('keeps at most 200 characters', () => {
    expect(cleanName('a'.repeat(300))).toHaveLength(200);
  });
});

describe('cleanAddress', () => {
  it('lower-cases a plausible address', () => {
    expect(cleanAddress(' Jane.Smith@Trust.NHS.uk ')).toBe('jane.smith@trust.nhs.uk');
  });

  it('drops, rather than repairs, an address with a control character, and never truncates one', () => {
    expect(cleanAddress('judge@trust.nhs.uk\u0000')).toBeNull();
    expect(cleanAddress(`${'a'.repeat(320)}@trust.nhs.uk`)).toBeNull();
    expect(cleanAddress('not an address')).toBeNull();
  });
});
