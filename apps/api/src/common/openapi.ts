import { applyDecorators, Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponseOptions,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiErrorResponse } from './api-error.response';

/** OpenAPI for a controller whose routes need a signed-in caller (bearer token or session cookie). */
export const ApiSignedIn = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in', type: ApiErrorResponse }),
  );

/** A response body: its class (`[Class]` for an array), or the full options when it needs more. */
type Body = Type<unknown> | [Type<unknown>] | ApiResponseOptions;
/** An error answer: `true` (no description), its description, or the full options. */
type Answer = true | string | ApiResponseOptions;

/** The answers a route documents, by status. */
export interface RouteAnswers {
  200?: Body;
  201?: Body;
  204?: true;
  400?: Answer;
  403?: Answer;
  404?: Answer;
  409?: Answer;
}

const body = (b: Body): ApiResponseOptions => (typeof b === 'function' || Array.isArray(b) ? { type: b } : b);
const answer = (decorator: (options?: ApiResponseOptions) => MethodDecorator & ClassDecorator, a: Answer) =>
  a === true ? decorator() : decorator(typeof a === 'string' ? { description: a } : a);

/** Descriptions that many routes share word for word. */
export const BAD_QUERY = 'A query parameter is unknown or malformed';
export const BAD_ID = 'id is not a UUID';

/**
 * The OpenAPI of one route in one place: its summary and its answers by status, e.g.
 * `@ApiRoute('One agency', { 200: AgencyResponse, 400: BAD_ID, 404: true })`; the same
 * decorators as writing `@ApiOperation`, `@ApiOkResponse`, `@ApiBadRequestResponse`, … one by one.
 */
export function ApiRoute(summary: string, answers: RouteAnswers): MethodDecorator {
  const decorators: MethodDecorator[] = [ApiOperation({ summary })];
  if (answers[200]) decorators.push(ApiOkResponse(body(answers[200])));
  if (answers[201]) decorators.push(ApiCreatedResponse(body(answers[201])));
  if (answers[204]) decorators.push(ApiNoContentResponse());
  if (answers[400]) decorators.push(answer(ApiBadRequestResponse, answers[400]));
  if (answers[403]) decorators.push(answer(ApiForbiddenResponse, answers[403]));
  if (answers[404]) decorators.push(answer(ApiNotFoundResponse, answers[404]));
  if (answers[409]) decorators.push(answer(ApiConflictResponse, answers[409]));
  return applyDecorators(...decorators);
}
