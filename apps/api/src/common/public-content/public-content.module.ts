import { Global, Module } from '@nestjs/common';
import { ContentInvalidation, PublicContent } from './public-content.service';

/** Public content versions and caches, for every writer of public content and the web root. */
@Global()
@Module({
  providers: [PublicContent, { provide: ContentInvalidation, useExisting: PublicContent }],
  exports: [PublicContent, ContentInvalidation],
})
export class PublicContentModule {}
