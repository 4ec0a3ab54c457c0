export * from './lib/identity';
export * from './lib/meetings';
export * from './lib/account';
