import { ApiProperty } from '@nestjs/swagger';
import type {
  ActionPlanAgencySummaryDto,
  ActionPlanCountsDto,
  ActionPlanSummaryDto,
  AgencySummary,
} from '@cumbre/contracts';
import { AgencySummaryResponse } from '../../agencies/dto/agency.responses';

export class ActionPlanCountsResponse implements ActionPlanCountsDto {
  @ApiProperty() open!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() done!: number;
  @ApiProperty() blocked!: number;
  @ApiProperty({ description: 'Not done and due before today in Lima (also counted in its status)' }) overdue!: number;
  @ApiProperty() total!: number;
}

export class ActionPlanAgencySummaryResponse extends ActionPlanCountsResponse implements ActionPlanAgencySummaryDto {
  @ApiProperty({ type: AgencySummaryResponse }) ownerAgency!: AgencySummary;
}

export class ActionPlanSummaryResponse implements ActionPlanSummaryDto {
  @ApiProperty({ format: 'date', description: 'The day overdue is measured against (Lima)' }) today!: string;
  @ApiProperty({ type: [ActionPlanAgencySummaryResponse] }) agencies!: ActionPlanAgencySummaryDto[];
  @ApiProperty({ type: ActionPlanCountsResponse }) totals!: ActionPlanCountsDto;
}
