import { BadRequestException } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './db-unavailable';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const queryFailed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['admin shutdown (pg_terminate_backend, a stopping server)', queryFailed(pgError('57P01'))],
    ['crash shutdown', queryFailed(pgError('57P02'))],
    ['cannot connect now (starting up)', pgError('57P03')],
    ['too many connections', pgError('53300')],
    ['connection failure', pgError('08006')],
    ['statement timeout', queryFailed(pgError('57014', 'canceling statement due to statement timeout'))],
    ['a refused connection', pgError('ECONNREFUSED')],
    ['a refused connection to every address', new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')])],
    ['the pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['a connection lost mid-query', queryFailed(new Error('Connection terminated unexpectedly'))],
    ['a reset socket as the cause', Object.assign(new Error('query failed'), { cause: pgError('ECONNRESET') })],
    ['a COMMIT on a connection TypeORM released when it died', new QueryRunnerAlreadyReleasedError()],
    ['a statement on a connection TypeORM released when it died', new QueryRunnerProviderAlreadyReleasedError()],
  ])('recognises %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', queryFailed(pgError('23505'))],
    ['a syntax error', queryFailed(pgError('42601'))],
    ['a plain bug', new TypeError('x is undefined')],
    ['a chosen HTTP error', new BadRequestException('no')],
    ['not an error', 'ECONNREFUSED'],
  ])('leaves %s alone', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
