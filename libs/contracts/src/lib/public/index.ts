export * from './announcements';
export * from './comments';
export * from './public-site';
