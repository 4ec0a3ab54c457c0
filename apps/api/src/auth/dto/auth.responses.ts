import { ApiProperty } from '@nestjs/swagger';
import type { TokenPairDto } from '@cumbre/contracts';

// Response classes exist for the OpenAPI document only; `implements` keeps them in step with
// the shared contracts, which stay the one source of the shapes.

export class TokenPairResponse implements TokenPairDto {
  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'JWT (HS256), send as Authorization: Bearer' })
  accessToken!: string;

  @ApiProperty({
    description: 'Opaque; exchange at POST /api/auth/refresh. Single use.',
  })
  refreshToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn!: number;
}
