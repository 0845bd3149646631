import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPerson, People } from './people';

describe('People added on the sign-in page', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'commend-people-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps an added person across restarts, the same e-mail being the same person', () => {
    const first = new People(join(dir, 'people.json')).add({
      name: 'Robin Tester',
      email: 'Robin.Tester@example.nhs.uk',
      roles: ['Awards.Judge'],
    });

    const again = new People(join(dir, 'people.json'));
    const renamed = again.add({ name: 'Robin T', email: 'robin.tester@example.nhs.uk', roles: [] });

    expect(first.oid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(renamed.oid).toBe(first.oid);
    expect(new People(join(dir, 'people.json')).find(first.key)).toMatchObject({ name: 'Robin T', roles: [] });
    expect(again.all().filter((p) => p.oid === first.oid)).toHaveLength(1);
  });

  it('names each field that is wrong', () => {
    expect(checkPerson({ name: ' ', email: 'nope', roles: ['Awards.Admin', 'Root'] })).toEqual({
      name: 'Enter the person’s name',
      email: 'Enter an e-mail address in the correct format, like name@example.nhs.uk',
      roles: 'Choose roles from the list (not Root)',
    });
    expect(checkPerson({ name: 'Robin', email: 'robin@example.nhs.uk', roles: ['Awards.Chair'] })).toEqual({});
  });
});
