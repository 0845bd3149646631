import type { ApiError, PageErrors } from '../api-client/api-error';
import type { Category, Panel, PanelMember, PanelMemberInput, Person, Programme } from './panels-api';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];

/** A member as the API takes it back: by user id once they have signed in, else by e-mail. */
export function memberInput(m: PanelMember): PanelMemberInput {
  return {
    ...(m.userId ? { userId: m.userId } : { email: m.email ?? '' }),
    chair: m.chair,
    ...(m.team ? { team: m.team } : {}),
  };
}

/** `member-<i>` carries `user:<id>` or `email:<address>`, the key the form posts back. */
const keyOf = (m: PanelMemberInput) => (m.userId ? `user:${m.userId}` : `email:${m.email}`);

function fromKey(key: string): Pick<PanelMemberInput, 'userId' | 'email'> | null {
  if (key.startsWith('user:')) return { userId: key.slice(5) };
  if (key.startsWith('email:')) return { email: key.slice(6) };
  return null;
}

export type PanelAction = 'save' | 'add' | 'add-email' | 'copy';

export interface PanelForm {
  action: string;
  /** The members' form, as typed. */
  members: (PanelMemberInput & { key: string; remove: boolean })[];
  search: string;
  person: string;
  email: string;
  newChair: boolean;
  newTeam: string;
  copyTo: string[];
}

export function readPanelForm(body: Record<string, unknown>): PanelForm {
  const count = Math.min(Number(text(body.count)) || 0, 50);
  const members: PanelForm['members'] = [];
  for (let i = 0; i < count; i++) {
    const key = text(body[`member-${i}`]);
    const who = fromKey(key);
    if (!who) continue;
    const team = text(body[`team-${i}`]);
    members.push({
      ...who,
      key,
      chair: body[`chair-${i}`] === 'yes',
      ...(team ? { team } : {}),
      remove: body[`remove-${i}`] === 'yes',
    });
  }
  return {
    action: text(body.action),
    members,
    search: text(body.search),
    person: text(body.person),
    email: text(body.email),
    newChair: body.newChair === 'yes',
    newTeam: text(body.newTeam),
    copyTo: list(body.copyTo),
  };
}

/**
 * The members to send for the action: the panel as it is with one person added, or the
 * members' form with the removed ones left out. The API decides whether the panel is valid.
 */
export function membersFor(form: PanelForm, current: Panel): PanelMemberInput[] {
  const strip = ({ key: _key, remove: _remove, ...m }: PanelForm['members'][number]) => m;
  const added = (who: Pick<PanelMemberInput, 'userId' | 'email'>): PanelMemberInput => ({
    ...who,
    chair: form.newChair,
    ...(form.newTeam ? { team: form.newTeam } : {}),
  });
  switch (form.action) {
    case 'add':
      return [...current.members.map(memberInput), added({ userId: form.person })];
    case 'add-email':
      return [...current.members.map(memberInput), added({ email: form.email })];
    default:
      return form.members.filter((m) => !m.remove).map(strip);
  }
}

/** The field of the form the person used, for the API's message inline. */
const FIELD: Record<string, string> = { add: 'person', 'add-email': 'email', copy: 'copyTo', save: 'members' };

export function panelErrors(error: ApiError, action: string): PageErrors {
  const field = FIELD[action] ?? 'members';
  const parts = error.code === undefined ? error.message.split('; ') : [error.message];
  return {
    summary: parts.map((part) => ({ text: part, href: `#${field}` })),
    fields: { [field]: { text: parts.join('. ') } },
  };
}

export interface PanelViewModel {
  pageTitle: string;
  programmeName: string;
  categoryName: string;
  action: string;
  members: {
    index: number;
    key: string;
    name: string;
    email: string;
    pending: boolean;
    chair: boolean;
    team: string;
  }[];
  count: number;
  search: string;
  /** Null until a search is made. */
  people: { value: string; text: string; hint: string }[] | null;
  person: string;
  email: string;
  newChair: boolean;
  newTeam: string;
  otherCategories: { value: string; text: string; checked: boolean }[];
  copyTo: string[];
  copied: string | null;
  errors?: PageErrors;
}

export function panelViewModel(input: {
  programme: Programme;
  category: Category;
  categories: Category[];
  panel: Panel;
  people?: Person[] | null;
  copied?: number;
  form?: PanelForm;
  errors?: PageErrors;
}): PanelViewModel {
  const { programme, category, panel, form } = input;
  const onPanel = new Set(panel.members.map((m) => m.userId).filter(Boolean));
  // After a refused save the members' form shows what was typed, not what is stored.
  const typed = form?.action === 'save' ? new Map(form.members.map((m) => [m.key, m])) : undefined;
  const members = panel.members.map((m, index) => {
    const key = keyOf(memberInput(m));
    const t = typed?.get(key);
    return {
      index,
      key,
      name: m.name ?? m.email ?? 'Unknown',
      email: m.email ?? '',
      pending: !m.signedIn,
      chair: t ? t.chair === true : m.chair,
      team: t ? (t.team ?? '') : (m.team ?? ''),
    };
  });
  const copyTo = form?.copyTo ?? [];
  return {
    pageTitle: `Panel: ${category.name}`,
    programmeName: programme.name,
    categoryName: category.name,
    action: `/coordinating/categories/${category.id}/panel`,
    members,
    count: members.length,
    search: form?.search ?? '',
    people:
      input.people === undefined || input.people === null
        ? null
        : input.people
            .filter((p) => !onPanel.has(p.id))
            .map((p) => ({ value: p.id, text: p.displayName, hint: p.email ?? p.username ?? '' })),
    person: form?.person ?? '',
    email: form?.email ?? '',
    newChair: form?.newChair ?? false,
    newTeam: form?.newTeam ?? '',
    otherCategories: input.categories
      .filter((c) => c.id !== category.id)
      .map((c) => ({ value: c.id, text: c.name, checked: copyTo.includes(c.id) })),
    copyTo,
    copied:
      input.copied === undefined
        ? null
        : `This panel was copied to ${input.copied} other categor${input.copied === 1 ? 'y' : 'ies'}.`,
    errors: input.errors,
  };
}
