export * from './identity';
export * from './account';
