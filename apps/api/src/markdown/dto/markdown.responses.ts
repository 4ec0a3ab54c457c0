import { ApiProperty } from '@nestjs/swagger';
import type { MarkdownPreviewDto } from '@cumbre/contracts';

export class MarkdownPreviewResponse implements MarkdownPreviewDto {
  @ApiProperty({ description: 'Sanitised HTML, safe to insert as it is' })
  html!: string;
}
