// One alias, `@cumbre/contracts`, for every area; the areas are split only for reading.
export * from './lib/common';
export * from './lib/identity';
export * from './lib/agencies';
export * from './lib/meetings';
export * from './lib/polls';
export * from './lib/notifications';
export * from './lib/calendar';
export * from './lib/home';
export * from './lib/agenda';
export * from './lib/markdown';
export * from './lib/notes';
export * from './lib/public';
