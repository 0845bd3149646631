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
   * Creates the user on first sight and refreshes name and e-mail when they change. The
   * common case is a read; the write is one statement, so concurrent first requests of a new
   * user still make exactly one row.
   */
  async upsertFromClaims(claims: IdentityClaims): Promise<User> {
    const users = this.dataSource.getRepository(User);
    const known = await users.findOneBy({ tenantId: claims.tenantId, objectId: claims.objectId });
    if (known && known.displayName === claims.displayName && known.email === claims.email) return known;
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO users (tenant_id, object_id, display_name, email)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, object_id) DO UPDATE
         SET display_name = EXCLUDED.display_name, email = EXCLUDED.email, updated_at = now()
       RETURNING id`,
      [claims.tenantId, claims.objectId, claims.displayName, claims.email],
    );
    return users.findOneByOrFail({ id: rows[0].id });
  }
}
