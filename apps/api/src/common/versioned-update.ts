import type { EntityManager, EntityTarget, ObjectLiteral, UpdateQueryBuilder } from 'typeorm';
import type { ErrorCode } from '@cumbre/contracts';
import { ApiError, staleVersion } from './api-error';

/** What a stale or missing row is called in the error: `agency`, `meeting`, ... and its 404 code. */
export interface VersionedResource {
  name: string;
  notFound: ErrorCode;
}

type SetValues<E extends ObjectLiteral> = Parameters<UpdateQueryBuilder<E>['set']>[0];

/** Refuses a change based on another version than the one just read. */
export function assertCurrentVersion(resource: VersionedResource, sentVersion: number, currentVersion: number): void {
  if (sentVersion !== currentVersion) throw staleVersion(resource.name, sentVersion, currentVersion);
}

/**
 * The optimistic write every versioned resource uses: `UPDATE … SET …, version = version + 1
 * WHERE id = :id AND version = :version`. TypeORM's version column alone adds no such condition.
 * When no row matched, tells apart a row that is gone (404) from one changed meanwhile (409,
 * with its current version).
 */
export async function updateVersioned<E extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  resource: VersionedResource,
  target: { id: string; version: number },
  set: SetValues<E>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...set, version: () => 'version + 1' } as SetValues<E>)
    .where('id = :id AND version = :version', target)
    .execute();
  if (result.affected === 1) return;
  const current = await manager
    .getRepository(entity)
    .findOne({ where: { id: target.id } as never, select: { version: true } as never });
  if (!current)
    throw new ApiError(resource.notFound, `${resource.name} ${target.id} not found`, { params: { id: target.id } });
  throw staleVersion(resource.name, target.version, current.version);
}
