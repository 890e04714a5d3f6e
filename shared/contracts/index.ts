export * from './result';
export * from './views';
export * from './commands';
export * from './api';
