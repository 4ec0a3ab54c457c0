import { ApiProperty } from '@nestjs/swagger';
import type {
  RecoveryCodesDto,
  SessionDto,
  TwoFactorChallengeDto,
  TwoFactorEnrolmentDto,
  TwoFactorStatusDto,
} from '@cumbre/contracts';

// For the OpenAPI document; `implements` keeps them in step with the shared contracts.

export class TwoFactorStatusResponse implements TwoFactorStatusDto {
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ description: 'A membership clearance of AMBER or higher requires it' }) required!: boolean;
  @ApiProperty({ description: 'This session may only enrol' }) enrolmentOnly!: boolean;
  @ApiProperty() recoveryCodesLeft!: number;
}

export class TwoFactorChallengeResponse implements TwoFactorChallengeDto {
  @ApiProperty({ enum: [true] }) twoFactorRequired!: true;
  @ApiProperty() challengeToken!: string;
  @ApiProperty({ description: 'Seconds the challenge stays valid' }) expiresIn!: number;
}

export class TwoFactorEnrolmentResponse implements TwoFactorEnrolmentDto {
  @ApiProperty({ description: 'Base32 secret' }) secret!: string;
  @ApiProperty({ example: 'otpauth://totp/Cumbre:ana@piura.pe?secret=…' }) otpauthUri!: string;
  @ApiProperty({ description: 'PNG data URL of the QR code' }) qrCodeDataUrl!: string;
}

export class RecoveryCodesResponse implements RecoveryCodesDto {
  @ApiProperty({ type: [String], description: 'Shown once; each works once' }) recoveryCodes!: string[];
}

export class SessionResponse implements SessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastUsedAt!: string;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent!: string | null;
  @ApiProperty({ description: 'The session making this request' }) current!: boolean;
}
