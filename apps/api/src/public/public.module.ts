import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { PublicController } from './public.controller';
import { PublicMeetingTimes } from './public-meeting-times.service';
import { PublicSiteService } from './public-site.service';
import { SiteFilesController } from './site-files.controller';

/** The public site's reads: announcements, agencies, public meetings, feeds, sitemap, robots. */
@Module({
  imports: [CommentsModule, MeetingsModule],
  controllers: [PublicController, SiteFilesController],
  providers: [PublicSiteService, PublicMeetingTimes],
})
export class PublicModule {}
