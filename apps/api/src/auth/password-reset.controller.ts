import { Body, Controller, HttpCode, HttpStatus } from '@nestjs/common';
import { PublicPost } from '../common/post.decorator';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ApiRoute } from '../common/openapi';
import { Origin } from '../common/auth-user';
import type { RequestOrigin } from '../common/auth-user';
import { PasswordResetBody, PasswordResetConfirmBody } from './dto/account.requests';
import { PasswordResetService } from './password-reset.service';

/** Forgotten passwords. */
@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @PublicPost()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'E-mail a single-use link (valid 30 minutes) to choose a new password',
    description: 'The same 202 whether or not the account exists.',
  })
  @ApiAcceptedResponse()
  @ApiBadRequestResponse({ description: 'email missing or malformed' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests for this e-mail or from this address' })
  async request(@Body() body: PasswordResetBody, @Origin() origin: RequestOrigin): Promise<void> {
    await this.resets.request(body.email, origin);
  }

  @PublicPost('confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute('Set a new password with the token from the e-mail; every session ends', {
    204: true,
    400: 'token not valid or expired; newPassword too short, long or common',
  })
  confirm(@Body() body: PasswordResetConfirmBody, @Origin() origin: RequestOrigin): Promise<void> {
    return this.resets.confirm(body.token, body.newPassword, origin);
  }
}
