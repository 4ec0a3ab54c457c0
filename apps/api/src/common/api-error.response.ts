import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ApiErrorBody, type ErrorCode, type ErrorParams, type FieldError } from '@cumbre/contracts';

const CODES = Object.keys(ERROR_CODES);

export class FieldErrorResponse implements FieldError {
  @ApiProperty({ example: 'slots[0].startsAt' }) field!: string;
  @ApiProperty({ enum: CODES, example: 'validation.too_long' }) code!: ErrorCode;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { max: 200 } }) params?: ErrorParams;
  @ApiProperty() message!: string;
}

/** The error body of every 4xx/5xx, documented once (`ApiErrorResponse` in the OpenAPI document). */
export class ApiErrorResponse implements ApiErrorBody {
  [extra: string]: unknown;
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ enum: CODES, description: 'Stable machine-readable code; see ERROR_CODES in @cumbre/contracts' })
  code!: ErrorCode;
  @ApiProperty({ description: 'English, for API clients and logs' }) message!: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional({ description: 'The one field at fault' }) field?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { max: 200 } }) params?: ErrorParams;
  @ApiPropertyOptional({ type: [FieldErrorResponse] }) fields?: FieldError[];
}
