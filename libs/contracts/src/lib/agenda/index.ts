export * from './agenda';
export * from './action-items';
