import { signInRefusal } from './sign-in-policy';

const open = { allowedEmailDomains: [] as string[] };
const member = { username: 'jane@trust.nhs.uk', email: 'jane@trust.nhs.uk' };
const GROUP = '6f0e0c1a-0000-4000-8000-000000000001';

describe('signInRefusal', () => {
  it('lets anyone of the tenant in when nothing is set', () => {
    expect(signInRefusal(open, { username: null, email: null }, {})).toBeNull();
  });

  it('checks the domain of verified addresses only', () => {
    const boundary = { allowedEmailDomains: ['trust.nhs.uk'] };

    expect(signInRefusal(boundary, member, {})).toBeNull();
    expect(signInRefusal(boundary, { username: 'x@nhs.net', email: 'x@nhs.net' }, { email: 'x@trust.nhs.uk' })).toBe(
      'accounts of nhs.net are not among the organisations this Commend is open to',
    );
    expect(signInRefusal(boundary, { username: null, email: null }, {})).toMatch(/cannot tell which organisation/);
  });

  it('does not let a subdomain stand for the allowed domain', () => {
    expect(
      signInRefusal({ allowedEmailDomains: ['trust.nhs.uk'] }, { username: 'a@evil.trust.nhs.uk', email: null }, {}),
    ).not.toBeNull();
  });

  it('needs the required app role', () => {
    const boundary = { ...open, requiredRole: 'Awards.User' };

    expect(signInRefusal(boundary, member, { roles: ['Awards.User'] })).toBeNull();
    expect(signInRefusal(boundary, member, { roles: ['Awards.Admin'] })).toMatch(/the Awards.User role/);
  });

  it('needs the required group, and says so when the token could not list the groups', () => {
    const boundary = { ...open, requiredGroup: GROUP };

    expect(signInRefusal(boundary, member, { groups: [GROUP.toUpperCase()] })).toBeNull();
    expect(signInRefusal(boundary, member, { groups: [] })).toMatch(/not in the group/);
    expect(signInRefusal(boundary, member, { hasgroups: true })).toMatch(/too many groups/);
  });

  it('needs every setting that is set', () => {
    const boundary = { allowedEmailDomains: ['trust.nhs.uk'], requiredRole: 'Awards.User' };

    expect(signInRefusal(boundary, member, { roles: [] })).toMatch(/role/);
  });
});
