import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * `limit` and `offset` of a paged list, validated and documented once. Each list picks its own
 * page size limit and documented default (the service applies the default).
 */
export function PageQuery(maxLimit: number, defaultLimit: number) {
  abstract class PageQueryDto {
    @ApiPropertyOptional({ minimum: 1, maximum: maxLimit, default: defaultLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxLimit)
    limit?: number;

    @ApiPropertyOptional({ minimum: 0, default: 0 })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(0)
    @Max(1_000_000)
    offset?: number;
  }
  return PageQueryDto;
}
