import { ApiHideProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A certificate PDF for an awarded nomination, made when the announcement is published. */
@Entity({ name: 'certificates' })
@Index('UQ_certificates_nomination', ['nominationId'], { unique: true })
@Index('IDX_certificates_programme', ['programmeId'])
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @ApiHideProperty()
  @Column({ name: 'storage_key', type: 'varchar', length: 200, select: false })
  storageKey: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'int' })
  size: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
