export * from './agencies';
