import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { ApiError } from '../api-client/api-error';
import { NHSUK_DIST } from '../setup/set-up-static';
import type { Category, Panel, Programme } from './panels-api';
import { memberInput, membersFor, panelErrors, panelViewModel, readPanelForm } from './panels.view-model';

const programme = { id: 'p1', name: 'Social Work Week 2027 Awards', timeZone: 'Europe/London' } as Programme;
const category = (id: string, name: string) => ({ id, programmeId: 'p1', name }) as Category;
const categories = [category('c1', 'Safeguarding Award'), category('c2', 'Team of the Year')];
const panel: Panel = {
  categoryId: 'c1',
  members: [
    {
      id: 'm1',
      userId: 'u1',
      name: 'Jo Whitfield',
      email: 'jo@example.nhs.uk',
      chair: true,
      team: 'Quality',
      signedIn: true,
    },
    {
      id: 'm2',
      userId: null,
      name: null,
      email: 'new.judge@example.nhs.uk',
      chair: false,
      team: null,
      signedIn: false,
    },
  ],
};

const views = new nunjucks.Environment(new nunjucks.FileSystemLoader([join(__dirname, '..', 'views'), NHSUK_DIST]), {
  autoescape: true,
});
const render = (model: object) =>
  views.render('coordinating/panels/panel.njk', {
    ...model,
    brand: { kind: 'nhs', organisationName: 'Test NHS Trust', footerText: '© Test' },
    csrfToken: 'csrf-token',
    user: { name: 'Priya Shah', roles: ['Awards.Admin'] },
  });

describe('the panel form', () => {
  it('sends signed-in members by user id and pending ones by e-mail', () => {
    expect(panel.members.map(memberInput)).toEqual([
      { userId: 'u1', chair: true, team: 'Quality' },
      { email: 'new.judge@example.nhs.uk', chair: false },
    ]);
  });

  it('saves the members as typed, without the ones marked for removal', () => {
    const form = readPanelForm({
      action: 'save',
      count: '2',
      'member-0': 'user:u1',
      'team-0': ' Safeguarding ',
      'member-1': 'email:new.judge@example.nhs.uk',
      'chair-1': 'yes',
      'remove-1': 'yes',
    });

    expect(membersFor(form, panel)).toEqual([{ userId: 'u1', chair: false, team: 'Safeguarding' }]);
  });

  it('adds a person found by search, or by e-mail, to the panel as it is, with their chair mark and team', () => {
    const added = membersFor(
      readPanelForm({ action: 'add', person: 'u7', newChair: 'yes', newTeam: 'Duty team' }),
      panel,
    );
    expect(added.at(-1)).toEqual({ userId: 'u7', chair: true, team: 'Duty team' });
    expect(added).toHaveLength(3);

    const byEmail = membersFor(readPanelForm({ action: 'add-email', email: 'lee.chen@example.nhs.uk' }), panel);
    expect(byEmail.at(-1)).toEqual({ email: 'lee.chen@example.nhs.uk', chair: false });
  });

  it('reads the categories to copy to, one or several', () => {
    expect(readPanelForm({ action: 'copy', copyTo: 'c2' }).copyTo).toEqual(['c2']);
    expect(readPanelForm({ action: 'copy', copyTo: ['c2', 'c3'] }).copyTo).toEqual(['c2', 'c3']);
  });
});

describe('panelViewModel', () => {
  it('lists members with their chair mark, team and whether they have signed in; search results leave out members', () => {
    const model = panelViewModel({
      programme,
      category: categories[0],
      categories,
      panel,
      people: [
        { id: 'u1', displayName: 'Jo Whitfield', username: 'jo@example.nhs.uk', email: 'jo@example.nhs.uk' },
        { id: 'u2', displayName: 'Sam Okafor', username: null, email: 'sam.okafor@example.nhs.uk' },
      ],
    });

    expect(model.members).toEqual([
      {
        index: 0,
        key: 'user:u1',
        name: 'Jo Whitfield',
        email: 'jo@example.nhs.uk',
        pending: false,
        chair: true,
        team: 'Quality',
      },
      {
        index: 1,
        key: 'email:new.judge@example.nhs.uk',
        name: 'new.judge@example.nhs.uk',
        email: 'new.judge@example.nhs.uk',
        pending: true,
        chair: false,
        team: '',
      },
    ]);
    expect(model.people).toEqual([{ value: 'u2', text: 'Sam Okafor', hint: 'sam.okafor@example.nhs.uk' }]);
    expect(model.otherCategories).toEqual([{ value: 'c2', text: 'Team of the Year', checked: false }]);
    const html = render(model);
    expect(html).toContain('Sam Okafor');
    expect(html).toContain('Not signed in yet');
    expect(html).toContain('name="member-1" value="email:new.judge@example.nhs.uk"');
  });

  it('keeps what was typed after a refused save, and shows the API’s message on the form used', () => {
    const form = readPanelForm({ action: 'save', count: '1', 'member-0': 'user:u1', 'team-0': 'Typed team' });
    const errors = panelErrors(
      new ApiError(400, 'judging.invalid', 'members: name at least one chair', undefined),
      'save',
    );
    const model = panelViewModel({ programme, category: categories[0], categories, panel, form, errors });

    expect(model.members[0]).toMatchObject({ chair: false, team: 'Typed team' });
    expect(errors.summary).toEqual([{ text: 'members: name at least one chair', href: '#members' }]);
    expect(render(model)).toContain('members: name at least one chair');
  });

  it('says how many categories the panel was copied to', () => {
    expect(panelViewModel({ programme, category: categories[0], categories, panel, copied: 1 }).copied).toBe(
      'This panel was copied to 1 other category.',
    );
  });
});
