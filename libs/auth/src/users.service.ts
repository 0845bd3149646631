import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IdentityClaims } from './claims';
import type { UserSummaryView } from './dto/user-search.dto';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates the user on first sight and refreshes name, sign-in name and e-mail when they
   * change (claims cleaned by `identityFromClaims`). Only the row of this `tid` + `oid` is
   * ever written. The common case is a read; the write is one statement, so concurrent first
   * requests of a new user still make exactly one row.
   */
  async upsertFromClaims(claims: IdentityClaims): Promise<User> {
    const users = this.dataSource.getRepository(User);
    const known = await users.findOneBy({ tenantId: claims.tenantId, objectId: claims.objectId });
    if (
      known &&
      known.displayName === claims.displayName &&
      known.username === claims.username &&
      known.email === claims.email
    )
      return known;
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO users (tenant_id, object_id, display_name, username, email)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, object_id) DO UPDATE
         SET display_name = EXCLUDED.display_name, username = EXCLUDED.username, email = EXCLUDED.email,
             updated_at = now()
       RETURNING id`,
      [claims.tenantId, claims.objectId, claims.displayName, claims.username, claims.email],
    );
    return users.findOneByOrFail({ id: rows[0].id });
  }

  /** The users who have signed in with this e-mail address (any case): one, or one per tenant. */
  async idsByEmail(email: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM users WHERE lower(email) = lower($1) ORDER BY id',
      [email.trim()],
    );
    return rows.map((r) => r.id);
  }

  /**
   * People who have signed in whose name, sign-in name or e-mail contains `text` (any case),
   * for an admin building a panel. `%` and `_` are matched as themselves, not as wildcards.
   */
  async search(text: string): Promise<UserSummaryView[]> {
    const pattern = `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.dataSource.query<UserSummaryView[]>(
      `SELECT id, display_name AS "displayName", username, email FROM users
        WHERE display_name ILIKE $1 OR username ILIKE $1 OR email ILIKE $1
        ORDER BY display_name, id
        LIMIT 20`,
      [pattern],
    );
  }
}
