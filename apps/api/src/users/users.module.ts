import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { MembershipEntity } from './entities/membership.entity';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { UserEntity } from './entities/user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Users and memberships: the admin API, and the profile the auth endpoints return. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, MembershipEntity, AgencyEntity, RefreshTokenEntity])],
  controllers: [UsersController, MembershipsController],
  providers: [UsersService, MembershipsService],
  exports: [UsersService],
})
export class UsersModule {}
