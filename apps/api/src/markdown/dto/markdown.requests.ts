import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MARKDOWN_MAX_LENGTH, type MarkdownPreviewRequest } from '@cumbre/contracts';

export class MarkdownPreviewBody implements MarkdownPreviewRequest {
  @ApiProperty({ maxLength: MARKDOWN_MAX_LENGTH })
  @IsString()
  @MaxLength(MARKDOWN_MAX_LENGTH)
  markdown!: string;
}
