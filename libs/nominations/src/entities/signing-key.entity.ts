import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A secret for signing links of one purpose (e.g. a nominee's publicity consent link). Made
 * by the migration with a random value, so every installation has its own and the API and
 * worker instances share it through the database, with nothing to configure.
 */
@Entity({ name: 'signing_keys' })
export class SigningKey {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  purpose: string;

  @Column({ type: 'varchar', length: 100, select: false })
  secret: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
