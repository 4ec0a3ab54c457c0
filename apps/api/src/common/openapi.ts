import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorResponse } from './api-error.response';

/** OpenAPI for a controller whose routes need a signed-in caller (bearer token or session cookie). */
export const ApiSignedIn = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in', type: ApiErrorResponse }),
  );
