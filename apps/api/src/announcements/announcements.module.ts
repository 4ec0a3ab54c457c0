import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnnouncementPublisher } from './announcement-publisher.service';
import { AnnouncementsController } from './announcements.controller';
import { AnnouncementsService } from './announcements.service';
import { AnnouncementCovers } from './announcement-covers.service';
import { CoverImagesController } from './cover-images.controller';
import {
  AnnouncementEntity,
  AnnouncementImageEntity,
  AnnouncementOldSlugEntity,
  AnnouncementRevisionEntity,
} from './entities/announcement.entity';

/** Announcements: written by moderators and agency leaders, published now or on schedule. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AnnouncementEntity,
      AnnouncementOldSlugEntity,
      AnnouncementRevisionEntity,
      AnnouncementImageEntity,
    ]),
  ],
  controllers: [AnnouncementsController, CoverImagesController],
  providers: [AnnouncementsService, AnnouncementPublisher, AnnouncementCovers],
  exports: [AnnouncementsService, AnnouncementPublisher],
})
export class AnnouncementsModule {}
