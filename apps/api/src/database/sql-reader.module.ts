import { Global, Module } from '@nestjs/common';
import { SqlReader } from './sql-reader';

/** One SqlReader for every module (the hot reads on the pool), provided once at the root. */
@Global()
@Module({
  providers: [SqlReader],
  exports: [SqlReader],
})
export class SqlReaderModule {}
