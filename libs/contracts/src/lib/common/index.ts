export * from './errors';
export * from './page';
