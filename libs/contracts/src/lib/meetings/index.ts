export * from './meetings';
