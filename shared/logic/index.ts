export * from './completeness';
export * from './remap-ids';
