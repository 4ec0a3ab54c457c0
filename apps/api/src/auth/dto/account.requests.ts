import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@cumbre/contracts';
import type {
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  TwoFactorConfirmRequest,
  TwoFactorVerifyRequest,
} from '@cumbre/contracts';
import { IsAcceptablePassword } from '../../users/credentials/password-policy';

export class TwoFactorVerifyBody implements TwoFactorVerifyRequest {
  @ApiProperty({ description: 'From the answer to the password step' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  challengeToken!: string;

  @ApiPropertyOptional({ example: '123456', description: 'Six digits from the authenticator app' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code?: string;

  @ApiPropertyOptional({ example: 'K7QM2-XR4TB', description: 'A single-use recovery code, instead of `code`' })
  @IsOptional()
  @Matches(/^[A-Za-z2-7]{5}-?[A-Za-z2-7]{5}$/, { message: 'recoveryCode must look like XXXXX-XXXXX' })
  recoveryCode?: string;
}

export class TwoFactorConfirmBody implements TwoFactorConfirmRequest {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code!: string;
}

export class SessionsDeleteQuery {
  @ApiPropertyOptional({ enum: ['others', 'all'], default: 'others' })
  @IsOptional()
  @IsIn(['others', 'all'], { message: 'scope must be one of: others, all' })
  scope?: 'others' | 'all';
}

export class PasswordResetBody implements PasswordResetRequest {
  @ApiProperty({ example: 'analista@piura.example.pe', maxLength: 254 })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmBody implements PasswordResetConfirmRequest {
  @ApiProperty({ description: 'From the link in the e-mail' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token is malformed' })
  token!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsAcceptablePassword()
  newPassword!: string;
}
