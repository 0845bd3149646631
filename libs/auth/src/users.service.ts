import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { User } from './user.entity';

export interface IdentityClaims {
  tenantId: string;
  objectId: string;
  displayName: string;
  email: string | null;
}

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates the user on first sight and refreshes name and e-mail after that. One
   * statement, so concurrent first requests of a new user still make exactly one row.
   */
  async upsertFromClaims(claims: IdentityClaims): Promise<User> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO users (tenant_id, object_id, display_name, email)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, object_id) DO UPDATE
         SET display_name = EXCLUDED.display_name,
             email = EXCLUDED.email,
             updated_at = CASE
               WHEN users.display_name IS DISTINCT FROM EXCLUDED.display_name
                 OR users.email IS DISTINCT FROM EXCLUDED.email
               THEN now() ELSE users.updated_at END
       RETURNING id`,
      [claims.tenantId, claims.objectId, claims.displayName, claims.email],
    );
    return this.dataSource.getRepository(User).findOneByOrFail({ id: rows[0].id });
  }
}
