import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { AgencyMembersService } from './agency-members.service';
import { AgencyEntity } from './entities/agency.entity';
import { SharingGroupEntity } from './entities/sharing-group.entity';
import { SharingGroupsController } from './sharing-groups.controller';
import { SharingGroupsService } from './sharing-groups.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity, SharingGroupEntity])],
  controllers: [AgenciesController, SharingGroupsController],
  providers: [AgenciesService, AgencyMembersService, SharingGroupsService],
  exports: [AgenciesService, SharingGroupsService],
})
export class AgenciesModule {}
