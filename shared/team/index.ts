export * from './connection';
export * from './views';
export * from './plan-state';
export * from './canonical-plan';
