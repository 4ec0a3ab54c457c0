export * from './lib/interval';
export * from './lib/conflicts';
export * from './lib/poll-tally';
export * from './lib/time-zone';
export * from './lib/meeting-rules';
export * from './lib/ics-text';
export * from './lib/vtimezone';
export * from './lib/ics-calendar';
