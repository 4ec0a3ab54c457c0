import { Module } from '@nestjs/common';
import { MarkdownController } from './markdown.controller';

/** The editors' preview; the renderer itself is the kernel's `common/markdown.ts`. */
@Module({ controllers: [MarkdownController] })
export class MarkdownModule {}
