import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@cumbre/contracts';
import type { ChangePasswordRequest, SignInRequest } from '@cumbre/contracts';
import { IsAcceptablePassword } from '../../users/credentials/password-policy';

export class SignInBody implements SignInRequest {
  @ApiProperty({ example: 'analista@piura.example.pe', maxLength: 254 })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  // No length floor here: an old or mistyped password is simply wrong, not malformed.
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshBody {
  @ApiPropertyOptional({
    description: 'API clients send it here; browsers send the cumbre_rt cookie instead',
  })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'refreshToken is malformed' })
  refreshToken?: string;
}

export class ChangePasswordBody implements ChangePasswordRequest {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    format: 'password',
  })
  @IsAcceptablePassword()
  newPassword!: string;
}
