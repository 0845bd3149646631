import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CROSS_LIB_READS, scan, scanText, violations, type Finding } from './table-owners';

const root = resolve(__dirname, '..');
const { ownership, findings } = scan(root);
const where = (f: Finding) => `${f.file}:${f.line} ${f.access}s ${f.table} of ${f.owner} (${f.match})`;

describe('table owners', () => {
  it('knows the owner of every table from the entities in each lib', () => {
    expect(ownership.tables.get('outbox_events')).toBe('core');
    expect(ownership.tables.get('audit_records')).toBe('audit');
    expect(ownership.tables.get('users')).toBe('auth');
    expect(ownership.tables.get('nominations')).toBe('nominations');
    expect(ownership.tables.get('panel_members')).toBe('judging');
    expect(ownership.entities.get('Nomination')).toBe('nominations');
    // Every table the migrations' data source lists (data-source.ts names one entity per table).
    const dataSource = readFileSync(resolve(root, 'migrations/data-source.ts'), 'utf8');
    const listed = /ENTITIES = \[([^\]]*)\]/.exec(dataSource)![1].match(/\w+/g)!;
    expect(listed.filter((entity) => !ownership.entities.has(entity))).toEqual([]);
    expect(ownership.tables.size).toBe(listed.length);
  });

  it("finds no lib or app writing another lib's table", () => {
    expect(findings.filter((f) => f.access === 'write').map(where)).toEqual([]);
  });

  it("finds reads of another lib's table only in the listed cross-lib reads", () => {
    expect(violations(findings).map(where)).toEqual([]);
  });

  it('lists only reads that still happen, so the list does not outlive its reasons', () => {
    const read = new Set(findings.filter((f) => f.access === 'read').map((f) => `${f.file} ${f.table}`));
    const listed = Object.entries(CROSS_LIB_READS).flatMap(([file, { tables }]) =>
      tables === 'any' ? [] : tables.map((table) => `${file} ${table}`),
    );
    expect(listed.filter((pair) => !read.has(pair))).toEqual([]);
  });

  it('shows the same list in docs/architecture.md, under "Cross-lib reads"', () => {
    const doc = readFileSync(resolve(root, 'docs/architecture.md'), 'utf8');
    const section = /\n## Cross-lib reads\n([\s\S]*?)(?=\n## |$)/.exec(doc)?.[1] ?? '';
    const shown = [...section.matchAll(/`((?:libs|apps)\/[^`]+\.ts)`/g)].map((m) => m[1]);
    expect([...new Set(shown)].sort()).toEqual(Object.keys(CROSS_LIB_READS).sort());
  });

  describe('a planted snippet', () => {
    const planted = (file: string, text: string) => scanText(file, text, ownership);

    it('fails on SQL that writes another lib’s table, whatever the file', () => {
      const found = planted(
        'libs/notifications/src/recipients.ts',
        `await manager.query('DELETE FROM evidence WHERE nomination_id = $1', [id]);
         await manager.query(\`UPDATE "nominations" SET status = 'x'\`);
         await manager.query('INSERT INTO outbox_events (type) VALUES ($1)', ['x']);`,
      );
      expect(found.map((f) => [f.access, f.table])).toEqual([
        ['write', 'evidence'],
        ['write', 'nominations'],
        ['write', 'outbox_events'],
      ]);
      expect(violations(found)).toHaveLength(3);
    });

    it('fails on a TypeORM write to another lib’s entity, by repository, variable or manager', () => {
      const found = planted(
        'libs/judging/src/planted.ts',
        `constructor(@InjectRepository(Programme) private readonly programmes: Repository<Programme>) {}
         a() { return this.programmes.update({ id }, { status: 'open' }); }
         b() { return manager.getRepository(Nomination).save(row); }
         c() { const repo = manager.getRepository(Evidence); return repo.delete({ id }); }
         d() { return manager.increment(Category, { id }, 'version', 1); }`,
      );
      expect(found.map((f) => [f.access, f.table])).toEqual([
        ['write', 'programmes'],
        ['write', 'evidence'],
        ['write', 'nominations'],
        ['write', 'categories'],
      ]);
    });

    it('fails on a read of another lib’s table outside the listed files, and passes it inside one', () => {
      const text = `manager.query('SELECT n.id FROM nominations n JOIN users u ON u.id = n.nominator_id');
         manager.getRepository(Category).findOneBy({ id });
         lockOrFail(manager, Programme, id, 'programme');`;
      const outside = planted('libs/announcements/src/planted.ts', text);
      const notItsTable = planted('libs/nominations/src/evidence.service.ts', text);
      expect(outside.map((f) => [f.access, f.table])).toEqual([
        ['read', 'nominations'],
        ['read', 'users'],
        ['read', 'categories'],
        ['read', 'programmes'],
      ]);
      expect(violations(outside)).toHaveLength(4);
      // Listed for categories only (and nominations is its own): its other reads still fail.
      expect(violations(notItsTable).map((f) => f.table)).toEqual(['users', 'programmes']);
      expect(violations(planted('libs/judging/src/results.sql.ts', text))).toEqual([]);
    });

    it('leaves alone a lib’s own tables, row locks, upserts and SQL words in comments', () => {
      const found = planted(
        'libs/nominations/src/planted.ts',
        `// Not here: DELETE FROM programmes, which is the programmes lib's to do.
         /* UPDATE categories SET name = 'x' */
         manager.query('SELECT id FROM nominations WHERE id = $1 FOR UPDATE', [id]);
         manager.query('INSERT INTO evidence (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET id = $1', [id]);
         manager.getRepository(Nomination).save(row);`,
      );
      expect(found).toEqual([]);
    });

    it('counts an app as owning nothing', () => {
      const found = planted(
        'apps/worker/src/planted.ts',
        `manager.query('UPDATE outbox_events SET relayed_at = now()')`,
      );
      expect(found.map((f) => [f.lib, f.access, f.table, f.owner])).toEqual([
        ['app:worker', 'write', 'outbox_events', 'core'],
      ]);
    });
  });
});
