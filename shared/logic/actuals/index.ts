export * from './variance';
export * from './plan-years';
export * from './rows';
export * from './row-figures';
export * from './plan-vs-actual';
export * from './controls';
export * from './findings';
export * from './cells';
