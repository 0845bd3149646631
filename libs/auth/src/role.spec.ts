import { hasRole, Role, rolesFromClaim } from './role';

describe('rolesFromClaim', () => {
  it('keeps the Commend app roles and drops anything else', () => {
    expect(rolesFromClaim(['Awards.Admin', 'Other.Role', 42, 'Awards.Judge'])).toEqual([Role.Admin, Role.Judge]);
  });

  it('treats a missing or malformed claim as no roles', () => {
    expect(rolesFromClaim(undefined)).toEqual([]);
    expect(rolesFromClaim('Awards.Admin')).toEqual([]);
  });
});

describe('hasRole', () => {
  const judge = { roles: [Role.Judge] };

  it('is true when the user holds one of the roles asked for', () => {
    expect(hasRole(judge, Role.Judge)).toBe(true);
    expect(hasRole(judge, Role.Chair, Role.Judge)).toBe(true);
  });

  it('is false when the user holds none of them', () => {
    expect(hasRole(judge, Role.Admin, Role.Director)).toBe(false);
    expect(hasRole({ roles: [] }, Role.Judge)).toBe(false);
  });

  it('is false when no role is asked for', () => {
    expect(hasRole(judge)).toBe(false);
  });
});
