import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '@commend/auth';
import { Category } from '@commend/programmes';

/**
 * A place on a category's judging panel. Set by user id, or by work e-mail for someone who
 * has not signed in yet: `userId` is filled in when they first open their judging.
 */
@Entity({ name: 'panel_members' })
@Index('UQ_panel_members_user', ['categoryId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('UQ_panel_members_email', ['categoryId', 'email'], { unique: true, where: '"email" IS NOT NULL' })
@Index('IDX_panel_members_user', ['userId'])
export class PanelMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => Category, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<Category>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** Lower-cased work e-mail, for a member matched on first sign-in. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'boolean', default: false })
  chair: boolean;

  /** The judge's own team or service: a nomination of it recuses them. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  team: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
