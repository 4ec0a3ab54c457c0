import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuditEventDto, Page } from '@cumbre/contracts';
import { Roles } from '../common/policy.decorators';
import { AuditQueryService } from './audit-query.service';
import { AuditPageResponse, AuditQueryDto } from './dto/audit.dto';
import { ApiRoute, ApiSignedIn } from '../common/openapi';

@ApiTags('audit')
@ApiSignedIn()
@Controller('audit')
export class AuditController {
  constructor(private readonly events: AuditQueryService) {}

  @Roles('admin')
  @Get()
  @ApiRoute('The audit log, newest first, filtered by action, actor, object and time (admin)', {
    200: AuditPageResponse,
    400: 'A filter is unknown or malformed',
    403: 'Not an admin',
  })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    return this.events.list(query);
  }
}
