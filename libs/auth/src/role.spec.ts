import { Role, rolesFromClaim } from './role';

describe('rolesFromClaim', () => {
  it('keeps the Commend app roles and drops anything else', () => {
    expect(rolesFromClaim(['Awards.Admin', 'Other.Role', 42, 'Awards.Judge'])).toEqual([Role.Admin, Role.Judge]);
  });

  it('treats a missing or malformed claim as no roles', () => {
    expect(rolesFromClaim(undefined)).toEqual([]);
    expect(rolesFromClaim('Awards.Admin')).toEqual([]);
  });
});
