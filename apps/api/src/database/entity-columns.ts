import { applyDecorators } from '@nestjs/common';
import { CreateDateColumn, JoinColumn, ManyToOne, type ObjectType, UpdateDateColumn, VersionColumn } from 'typeorm';

// The bookkeeping columns tables share, declared once. An entity extends the richest class its
// table has; TypeORM maps the inherited columns onto the entity's own table, with exactly the
// names and types the migrations created (`created_at`/`updated_at` timestamptz with now() as
// default, `version` integer). None of these classes is an entity: no table of their own.

/** A row that remembers when it was inserted (`created_at`). */
export abstract class CreatedRow {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A row that also remembers its last change (`updated_at`, set by TypeORM on every save). */
export abstract class TimestampedRow extends CreatedRow {
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A row edited concurrently: optimistic concurrency through `version`, raised by every change
 * (`updateVersioned` in common/versioned-update.ts: `UPDATE … WHERE version = $n`, 409 when stale).
 */
export abstract class VersionedRow extends TimestampedRow {
  @VersionColumn()
  version!: number;
}

/**
 * A foreign key as a relation: `@ManyToOne` and its `@JoinColumn` in one, with the column and
 * constraint names the migrations created and what deleting the referenced row does, e.g.
 * `@References(() => UserEntity, 'created_by_id', 'FK_decision_created_by', 'SET NULL')`.
 * The id column itself (`createdById`) stays declared beside the relation, with its nullability;
 * `inverse` names the other side's collection when it has one.
 */
export function References<T>(
  target: () => ObjectType<T>,
  column: string,
  constraint: string,
  onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL',
  inverse?: (other: T) => unknown,
): PropertyDecorator {
  return applyDecorators(
    inverse ? ManyToOne(target, inverse, { onDelete }) : ManyToOne(target, { onDelete }),
    JoinColumn({ name: column, foreignKeyConstraintName: constraint }),
  );
}
