import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { SystemClock } from '../common/clock';
import { DemoSeeder } from './demo-seeder.service';

describe('DemoSeeder', () => {
  it('touches the database only when demo data is configured', async () => {
    const transaction = jest.fn();
    const dataSource = { transaction } as unknown as DataSource;
    await new DemoSeeder({ demoData: false } as AppConfig, dataSource, new SystemClock()).onApplicationBootstrap();
    expect(transaction).not.toHaveBeenCalled();

    transaction.mockResolvedValue([['identity', { agencies: 0 }]]);
    await new DemoSeeder({ demoData: true } as AppConfig, dataSource, new SystemClock()).onApplicationBootstrap();
    expect(transaction).toHaveBeenCalledTimes(1);
  });
});
