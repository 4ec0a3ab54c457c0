import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AgendaItemKind, AgendaProposalStatus } from '@cumbre/contracts';
import { References, VersionedRow } from '../../database/entity-columns';
import { AgencyEntity } from '../../agencies/entities/agency.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { AgendaEntity } from './agenda.entity';

/**
 * A section or item. Accepted items have a place (parent and position among siblings,
 * contiguous from 0); proposals have none until the convener accepts them. Two levels: a
 * parent is always a top-level entry, and sections stay at the top level.
 */
@Entity({ name: 'agenda_item' })
@Index('IDX_agenda_item_siblings', ['agendaId', 'parentId', 'position'])
@Check('CHK_agenda_item_kind', `"kind" IN ('section','information','discussion','decision','presentation')`)
@Check('CHK_agenda_item_proposal_status', `"proposal_status" IN ('accepted','proposed','rejected')`)
@Check('CHK_agenda_item_minutes', `"planned_minutes" BETWEEN 1 AND 1440`)
@Check('CHK_agenda_item_section_top', `"kind" <> 'section' OR "parent_id" IS NULL`)
@Check('CHK_agenda_item_placed', `("proposal_status" = 'accepted') = ("position" IS NOT NULL)`)
@Check('CHK_agenda_item_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
export class AgendaItemEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agenda_item' })
  id!: string;

  @Column({ name: 'agenda_id', type: 'uuid' })
  agendaId!: string;

  @References(() => AgendaEntity, 'agenda_id', 'FK_agenda_item_agenda', 'CASCADE')
  agenda?: AgendaEntity;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @References(() => AgendaItemEntity, 'parent_id', 'FK_agenda_item_parent', 'CASCADE')
  parent?: AgendaItemEntity | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: AgendaItemKind;

  @Column({ type: 'integer', nullable: true })
  position!: number | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown source. */
  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'presenter_agency_id', type: 'uuid', nullable: true })
  presenterAgencyId!: string | null;

  @References(() => AgencyEntity, 'presenter_agency_id', 'FK_agenda_item_presenter_agency', 'SET NULL')
  presenterAgency?: AgencyEntity | null;

  @Column({ name: 'presenter_user_id', type: 'uuid', nullable: true })
  presenterUserId!: string | null;

  @References(() => UserEntity, 'presenter_user_id', 'FK_agenda_item_presenter_user', 'SET NULL')
  presenter?: UserEntity | null;

  @Column({ name: 'planned_minutes', type: 'integer' })
  plannedMinutes!: number;

  @Column({ name: 'proposal_status', type: 'varchar', length: 10, default: 'accepted' })
  proposalStatus!: AgendaProposalStatus;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById!: string | null;

  @References(() => UserEntity, 'proposed_by_id', 'FK_agenda_item_proposed_by', 'SET NULL')
  proposedBy?: UserEntity | null;

  @Index('IDX_agenda_item_proposed_by_agency')
  @Column({ name: 'proposed_by_agency_id', type: 'uuid', nullable: true })
  proposedByAgencyId!: string | null;

  @References(() => AgencyEntity, 'proposed_by_agency_id', 'FK_agenda_item_proposed_by_agency', 'SET NULL')
  proposedByAgency?: AgencyEntity | null;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 1000, nullable: true })
  rejectionReason!: string | null;
}
