import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, TransformFnParams } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import {
  MEMBERSHIP_ROLES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PLATFORM_ROLES,
  TLP_LEVELS,
  type CreateMembershipRequest,
  type CreateUserRequest,
  type MembershipRole,
  type PlatformRole,
  type TlpLevel,
  type UpdateMembershipRequest,
  type UpdateUserRequest,
  type UserListQuery,
} from '@cumbre/contracts';
import { BasedOnVersion, OptionalNotNull, Trim } from '../../common/validation';
import { IsAcceptablePassword } from '../credentials/password-policy';
import { PageQuery } from '../../common/page-query';

const DISPLAY_NAME_MAX = 120;
const lowerCase = ({ value }: TransformFnParams) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class UserListQueryDto extends PageQuery(100, 50) implements UserListQuery {
  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Part of the display name or e-mail',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class CreateUserBody implements CreateUserRequest {
  @ApiProperty({ maxLength: 254, example: 'analista@piura.example.pe' })
  @Transform(lowerCase)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 2, maxLength: DISPLAY_NAME_MAX })
  @Trim()
  @IsString()
  @Length(2, DISPLAY_NAME_MAX)
  displayName!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    format: 'password',
  })
  @IsAcceptablePassword()
  password!: string;

  @ApiPropertyOptional({ enum: PLATFORM_ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(PLATFORM_ROLES.length)
  @IsIn(PLATFORM_ROLES, { each: true })
  platformRoles?: PlatformRole[];
}

export class UpdateUserBody implements UpdateUserRequest {
  @ApiPropertyOptional({ minLength: 2, maxLength: DISPLAY_NAME_MAX })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(2, DISPLAY_NAME_MAX)
  displayName?: string;

  @ApiPropertyOptional({ enum: PLATFORM_ROLES, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(PLATFORM_ROLES.length)
  @IsIn(PLATFORM_ROLES, { each: true })
  platformRoles?: PlatformRole[];

  @ApiPropertyOptional({
    description: 'true disables the account: its tokens stop working at once',
  })
  @OptionalNotNull()
  @IsBoolean()
  disabled?: boolean;

  @BasedOnVersion()
  version!: number;
}

export class CreateMembershipBody implements CreateMembershipRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'agencyId must be a UUID' })
  agencyId!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;

  @ApiPropertyOptional({ enum: TLP_LEVELS, default: 'GREEN' })
  @IsOptional()
  @IsIn(TLP_LEVELS)
  clearance?: TlpLevel;
}

export class UpdateMembershipBody implements UpdateMembershipRequest {
  @ApiPropertyOptional({ enum: MEMBERSHIP_ROLES })
  @OptionalNotNull()
  @IsIn(MEMBERSHIP_ROLES)
  role?: MembershipRole;

  @ApiPropertyOptional({ enum: TLP_LEVELS })
  @OptionalNotNull()
  @IsIn(TLP_LEVELS)
  clearance?: TlpLevel;
}
