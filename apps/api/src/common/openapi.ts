import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';

/** OpenAPI for a controller whose routes need a signed-in caller (bearer token or session cookie). */
export const ApiSignedIn = () =>
  applyDecorators(ApiBearerAuth(), ApiCookieAuth(), ApiUnauthorizedResponse({ description: 'Not signed in' }));
