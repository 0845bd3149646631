import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * "A lib owns its tables; others ask it." This module knows which lib owns each table (from the
 * `@Entity({ name })` in that lib) and finds, in every lib's and app's TypeScript, the places that
 * name another lib's table: in SQL (INSERT INTO / UPDATE / DELETE FROM are writes; FROM, JOIN and
 * USING are reads) and in TypeORM calls on another lib's entity (save/insert/update/delete/remove/
 * increment are writes; find*, count, exists, query builders and row locks are reads).
 * `table-owners.spec.ts` runs it in `npm test`: a write always fails, a read fails unless its file
 * and table are on CROSS_LIB_READS below. Apps own no tables, so anything they touch is another's.
 */

export interface CrossLibRead {
  /** The other libs' tables the file may read; `any` for a report over the owners' exported views and fragments. */
  tables: string[] | 'any';
  why: string;
}

/**
 * The one list of files allowed to read other libs' tables, and why; docs/architecture.md
 * ("Cross-lib reads") shows it. Everything else asks the owner through its index.
 */
export const CROSS_LIB_READS: Record<string, CrossLibRead> = {
  // Reports: one statement over several libs' tables, for speed.
  'libs/notifications/src/recipients.ts': {
    tables: 'any',
    why: 'who is told of an event: one query per message over the facts it is about',
  },
  'libs/judging/src/results.sql.ts': {
    tables: 'any',
    why: 'the results: scores weighted by the category criteria, ranked in SQL',
  },
  'apps/api/src/audit-programme-scopes.ts': {
    tables: ['nominations', 'scorecards'],
    why: "the auditor's programme filter: the programme of a nomination's or a scorecard's audit records",
  },
  // Reads of a lower lib's rows through its exported entity, where the row is locked or its settings decide.
  'libs/announcements/src/announcements.service.ts': {
    tables: ['programmes'],
    why: 'locks the programme while its announcement is scheduled or cancelled; its time zone',
  },
  'libs/announcements/src/jobs/announcement.processor.ts': {
    tables: ['programmes'],
    why: 'locks the programme while its announcement fires; its name and time zone on the certificates',
  },
  'libs/judging/src/conflicts.service.ts': {
    tables: ['categories', 'nominations', 'users'],
    why: 'the nomination a conflict is declared on (locked), its category, and the people suggested conflicts compare',
  },
  'libs/judging/src/judging-access.service.ts': {
    tables: ['categories', 'nominations', 'programmes'],
    why: "a judge's access: the category and programme settings (blind judging), the nominations",
  },
  'libs/judging/src/judging.service.ts': {
    tables: ['categories', 'evidence', 'nomination_statements', 'nominations', 'users'],
    why: "the judge's view of the nominations they may see, with statements, evidence and the nominator",
  },
  'libs/judging/src/outcomes.service.ts': {
    tables: ['categories', 'nominations', 'programmes'],
    why: 'locks the programme while outcomes are proposed or approved; the category and its nominations',
  },
  'libs/judging/src/panels.service.ts': {
    tables: ['categories', 'users'],
    why: "locks the category while its panel changes; the members' accounts",
  },
  'libs/judging/src/results.service.ts': {
    tables: ['categories'],
    why: 'the category whose results are asked for, and its settings',
  },
  'libs/nominations/src/consent.service.ts': {
    tables: ['categories', 'programmes'],
    why: "the programme's state (consent closes at the announcement, held shared) and the names on the nominee's page",
  },
  'libs/nominations/src/evidence-check.service.ts': {
    tables: ['categories', 'programmes'],
    why: "the names and local identifiers the evidence check allows (scanOptionsFor), as the statements' scan does",
  },
  'libs/nominations/src/evidence.service.ts': {
    tables: ['categories'],
    why: "the category's evidence limits",
  },
  'libs/nominations/src/nominations.service.ts': {
    tables: ['categories', 'programmes'],
    why: "the programme's window and settings, the category's criteria and limits",
  },
};

/** Whether the list lets this file read this table. */
export function mayRead(file: string, table: string, allowed = CROSS_LIB_READS): boolean {
  const entry = allowed[file];
  return Boolean(entry) && (entry.tables === 'any' || entry.tables.includes(table));
}

export type Access = 'read' | 'write';

export interface Finding {
  /** Path from the repository root, with forward slashes. */
  file: string;
  line: number;
  /** The lib (or `app:<name>`) whose code this is. */
  lib: string;
  table: string;
  owner: string;
  access: Access;
  /** Raw SQL, or a TypeORM call on the owner's entity. */
  via: 'sql' | 'orm';
  /** What matched, e.g. `DELETE FROM evidence` or `getRepository(Programme).save`. */
  match: string;
}

export interface Ownership {
  /** table → owning lib */
  tables: Map<string, string>;
  /** entity class → table */
  entities: Map<string, string>;
}

const WRITE_CALLS = ['save', 'insert', 'update', 'upsert', 'delete', 'remove', 'softDelete', 'increment', 'decrement'];
const READ_CALLS = [
  'find',
  'findOne',
  'findBy',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'findAndCountBy',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'sum',
  'average',
  'minimum',
  'maximum',
  'createQueryBuilder',
];
const CALLS = new Map<string, Access>([
  ...WRITE_CALLS.map((c) => [c, 'write'] as const),
  ...READ_CALLS.map((c) => [c, 'read'] as const),
]);

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The code a rule applies to: every lib and app but the test helpers, without unit specs (tests set up any table). */
export function sourceFiles(root: string): string[] {
  return ['libs', 'apps']
    .flatMap((top) => walk(join(root, top)))
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((file) => !file.startsWith('libs/testing/') && !file.endsWith('.spec.ts'))
    .sort();
}

/** `libs/<lib>/…` → `<lib>`; `apps/<app>/…` → `app:<app>` (owns nothing). */
export function libOf(file: string): string {
  const [top, name] = file.split('/');
  return top === 'apps' ? `app:${name}` : name;
}

/** Each table's owner, from the `@Entity({ name: '…' })` declarations in the libs. */
export function ownership(root: string, files = sourceFiles(root)): Ownership {
  const tables = new Map<string, string>();
  const entities = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/@Entity\(\{\s*name:\s*'(\w+)'[\s\S]*?\bclass\s+(\w+)/g)) {
      const [, table, entity] = m;
      const owner = tables.get(table);
      if (owner && owner !== libOf(file)) throw new Error(`Table ${table} is declared by both ${owner} and ${file}`);
      tables.set(table, libOf(file));
      entities.set(entity, table);
    }
  }
  return { tables, entities };
}

/** Comments are prose: a `// … DELETE FROM …` explains, it does not run. Lines and columns stay where they were. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (c, before: string) => before + ' '.repeat(c.length - before.length));
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** The places in one file's text that name a table its lib does not own. */
export function scanText(file: string, text: string, own: Ownership): Finding[] {
  const lib = libOf(file);
  const code = withoutComments(text);
  const findings: Finding[] = [];
  const add = (
    index: number,
    table: string | undefined,
    access: Access,
    match: string,
    via: Finding['via'] = 'orm',
  ) => {
    if (!table) return;
    const owner = own.tables.get(table);
    if (!owner || owner === lib) return;
    findings.push({
      file,
      line: lineAt(code, index),
      lib,
      table,
      owner,
      access,
      via,
      match: match.replace(/\s+/g, ' '),
    });
  };

  // SQL: uppercase keywords, as every statement here is written; a table name may be quoted.
  for (const m of code.matchAll(/\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|FROM|JOIN|USING)\s+"?(\w+)"?/g)) {
    const keyword = m[1].replace(/\s+/g, ' ');
    const before = code.slice(Math.max(0, m.index - 7), m.index);
    if (keyword === 'FROM' && /DELETE\s*$/.test(before)) continue; // the DELETE FROM match has it
    if (keyword === 'UPDATE' && /FOR\s*$|DO\s*$/.test(before)) continue; // FOR UPDATE, ON CONFLICT DO UPDATE
    const write = keyword === 'INSERT INTO' || keyword === 'UPDATE' || keyword === 'DELETE FROM';
    add(m.index, m[2], write ? 'write' : 'read', m[0], 'sql');
  }

  const entity = (name: string) => own.entities.get(name);
  const call = (method: string) => CALLS.get(method);
  // Repositories held in a field (@InjectRepository(X) private readonly xs: Repository<X>) or a variable.
  const repos = new Map<string, string>();
  for (const m of code.matchAll(
    /@InjectRepository\((\w+)\)\s*(?:private|protected|public)?\s*(?:readonly\s+)?(\w+)/g,
  )) {
    repos.set(`this.${m[2]}`, m[1]);
  }
  for (const m of code.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*[\w.]*getRepository\((\w+)\)\s*;/g)) {
    repos.set(m[1], m[2]);
  }
  for (const [holder, name] of repos) {
    const escaped = holder.replace('.', '\\.');
    for (const m of code.matchAll(new RegExp(`(?<![\\w.])${escaped}\\s*\\.\\s*(\\w+)\\s*\\(`, 'g'))) {
      const access = call(m[1]);
      if (access) add(m.index, entity(name), access, m[0]);
    }
  }
  // manager.getRepository(X).save(…), dataSource.getRepository(X).createQueryBuilder(…)
  for (const m of code.matchAll(/getRepository\((\w+)\)\s*\.\s*(\w+)\s*\(/g)) {
    const access = call(m[2]);
    if (access) add(m.index, entity(m[1]), access, m[0]);
  }
  // manager.update(X, …), manager.findOneBy(X, …), qb.update(X), qb.from(X, 'x'), qb.insert().into(X), lockOrFail(m, X, …)
  for (const m of code.matchAll(/\.\s*(\w+)\s*\(\s*(\w+)\s*[,)]/g)) {
    const access = m[1] === 'into' ? 'write' : m[1] === 'from' || /join/i.test(m[1]) ? 'read' : call(m[1]);
    if (access) add(m.index, entity(m[2]), access, m[0]);
  }
  for (const m of code.matchAll(/\block\w*\(\s*\w+\s*,\s*(\w+)\s*,/g)) add(m.index, entity(m[1]), 'read', m[0]);
  return findings;
}

export function scan(root: string): { ownership: Ownership; findings: Finding[] } {
  const files = sourceFiles(root);
  const own = ownership(root, files);
  const findings = files.flatMap((file) => scanText(file, readFileSync(join(root, file), 'utf8'), own));
  return { ownership: own, findings };
}

/** One entry per file and table: the figure the issue counts ("file/table pairs"). */
export function pairs(findings: Finding[], access: Access, via?: Finding['via']): string[] {
  const chosen = findings.filter((f) => f.access === access && (!via || f.via === via));
  return [...new Set(chosen.map((f) => `${f.file} → ${f.table} (${f.owner})`))].sort();
}

/** The places (file and line) that write another lib's table: the figure the issue counts for writes. */
export function writePlaces(findings: Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.access === 'write').map((f) => `${f.file}:${f.line} ${f.match}`))].sort();
}

/** Every cross-lib write, and the reads the list does not allow: what must not be. */
export function violations(findings: Finding[], allowed = CROSS_LIB_READS): Finding[] {
  return findings.filter((f) => f.access === 'write' || !mayRead(f.file, f.table, allowed));
}

/** `npm run build && node dist/scripts/table-owners.js`, from the repository root, prints the figures and the lists. */
if (typeof require !== 'undefined' && require.main === module) {
  const { findings } = scan(process.cwd());
  const writes = writePlaces(findings);
  const reads = pairs(findings, 'read');
  const outside = violations(findings);
  const lines = [
    `Places writing another lib's table: ${writes.length}`,
    ...writes.map((w) => `  ${w}`),
    `File/table pairs reading another lib's table: ${reads.length} ` +
      `(in SQL: ${pairs(findings, 'read', 'sql').length}, through its entity: ${pairs(findings, 'read', 'orm').length})`,
    ...reads.map((r) => `  ${r}`),
    `Outside the rule (a write, or a read the list does not allow): ${outside.length}`,
    ...outside.map((f) => `  ${f.file}:${f.line} ${f.access}s ${f.table} (${f.match})`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
