import type { EntityManager } from 'typeorm';
import { announcementRefById } from '../announcements/announcement.queries';
import type { PublicContent } from '../common/public-content/public-content.service';
import { announcementTags } from '../common/public-content/tags';

/**
 * A comment the public sees (or saw) changed: marks its announcement's public pages changed in
 * the transaction (dropped here and announced everywhere once it commits: PublicContent.changed).
 * Nothing when the announcement is gone.
 */
export async function commentPagesChanged(
  manager: EntityManager,
  content: PublicContent,
  announcementId: string,
): Promise<void> {
  const ref = await announcementRefById(manager, announcementId);
  if (!ref) return;
  await content.changed(manager, announcementTags(ref.id, ref.agencyId));
}
