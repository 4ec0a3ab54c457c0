import { Body, Controller, HttpCode } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { MarkdownPreviewDto } from '@cumbre/contracts';
import { renderMarkdown } from '../common/markdown';
import { ApiRoute, ApiSignedIn } from '../common/openapi';
import { Authenticated } from '../common/policy.decorators';
import { MarkdownPreviewBody } from './dto/markdown.requests';
import { MarkdownPreviewResponse } from './dto/markdown.responses';

@ApiTags('markdown')
@ApiSignedIn()
@Controller('markdown')
export class MarkdownController {
  @Authenticated()
  @Post('preview')
  @HttpCode(200)
  @ApiRoute("Render Markdown the way Cumbre shows it (the editors' preview)", {
    200: MarkdownPreviewResponse,
    400: true,
  })
  preview(@Body() body: MarkdownPreviewBody): MarkdownPreviewDto {
    return { html: renderMarkdown(body.markdown) };
  }
}
