import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AuditEventDto, Page } from '@cumbre/contracts';
import { Roles } from '../common/policy.decorators';
import { AuditQueryService } from './audit-query.service';
import { AuditPageResponse, AuditQueryDto } from './dto/audit.dto';
import { ApiSignedIn } from '../common/openapi';

@ApiTags('audit')
@ApiSignedIn()
@Controller('audit')
export class AuditController {
  constructor(private readonly events: AuditQueryService) {}

  @Roles('admin')
  @Get()
  @ApiOperation({
    summary: 'The audit log, newest first, filtered by action, actor, object and time (admin)',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiBadRequestResponse({ description: 'A filter is unknown or malformed' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    return this.events.list(query);
  }
}
