import { Module } from '@nestjs/common';
import { DemoSeeder } from './demo-seeder.service';

@Module({ providers: [DemoSeeder] })
export class DemoModule {}
