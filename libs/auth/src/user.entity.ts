import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person known from Entra ID. `tenantId` + `objectId` (the token's `tid` + `oid`) is the identity. */
@Entity({ name: 'users' })
@Index('UQ_users_identity', ['tenantId', 'objectId'], { unique: true })
@Index('IDX_users_email', ['email'])
@Index('IDX_users_username', ['username'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ name: 'object_id', type: 'uuid' })
  objectId: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  /**
   * Lower-cased sign-in name (UPN, `preferred_username`) of a member of the tenant: the
   * verified identifier pending panel memberships match on. Not unique: a UPN can pass to a newcomer.
   */
  @Column({ type: 'varchar', length: 320, nullable: true })
  username: string | null;

  /** Lower-cased work e-mail, only from claims Entra ID vouches for (libs/auth claims.ts). */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
