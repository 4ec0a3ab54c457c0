import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HomeDto } from '@cumbre/contracts';
import { CurrentUser } from '../common/auth-user';
import type { AuthUser } from '../common/auth-user';
import { ApiSignedIn } from '../common/openapi';
import { Authenticated } from '../common/policy.decorators';
import { HomeResponse } from './dto/home.responses';
import { HomeService } from './home.service';

@ApiTags('home')
@ApiSignedIn()
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    summary:
      'My work in one request: next meetings, invitations and polls awaiting my agencies, meetings I convene with who has not answered, latest notifications',
  })
  @ApiOkResponse({ type: HomeResponse })
  get(@CurrentUser() user: AuthUser): Promise<HomeDto> {
    return this.home.forUser(user);
  }
}
