import { Body, Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { MeetingDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Authenticated } from '../common/policy.decorators';
import { InviteBody, RsvpBody } from './dto/invitation.requests';
import { MeetingResponse } from './dto/meeting.responses';
import { uuidParam } from '../common/validation';
import { InvitationsService } from './invitations.service';
import { ApiRoute, ApiSignedIn } from '../common/openapi';

@ApiTags('meetings')
@ApiSignedIn()
@Controller('meetings/:id')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Authenticated()
  @Post('invitations')
  @HttpCode(200)
  @ApiRoute('Invite agencies, one by one or a whole sharing group (already invited ones are kept)', {
    200: MeetingResponse,
    400: 'Neither agencyIds nor sharingGroupId, or an unknown id',
    403: 'Not the convener, a host leader or an admin',
    404: true,
    409: 'The meeting is cancelled or concluded',
  })
  invite(
    @Param('id', uuidParam()) id: string,
    @Body() body: InviteBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MeetingDto> {
    return this.invitations.invite(id, body, user, origin);
  }

  @Authenticated()
  @Delete('invitations/:agencyId')
  @ApiRoute('Withdraw an invitation (with its answer, delegates and poll answers)', {
    200: MeetingResponse,
    403: 'Not the convener, a host leader or an admin',
    404: 'No such meeting, or the agency is not invited',
  })
  uninvite(
    @Param('id', uuidParam()) id: string,
    @Param('agencyId', uuidParam('agencyId')) agencyId: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MeetingDto> {
    return this.invitations.uninvite(id, agencyId, user, origin);
  }

  @Authenticated()
  @Post('rsvp')
  @HttpCode(200)
  @ApiRoute("Answer the invitation for one's own agency and name its delegates", {
    200: MeetingResponse,
    400: 'Invalid field, or a delegate who is not a member of the agency',
    403: 'The caller is not leader or staff of that agency',
    404: 'No such meeting, or the agency is not invited',
    409: 'The meeting is cancelled or concluded',
  })
  rsvp(
    @Param('id', uuidParam()) id: string,
    @Body() body: RsvpBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MeetingDto> {
    return this.invitations.rsvp(id, body, user, origin);
  }
}
