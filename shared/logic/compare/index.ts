export * from './plan-diff';
export * from './word-diff';
