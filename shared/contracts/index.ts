export * from './result';
export * from './message-ref';
export * from './views';
export * from './commands';
export * from './api';
