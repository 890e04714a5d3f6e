export * from './board';
export * from './columns';
export * from './board-csv';
export * from './board-markdown';
export * from './formats';
export * from './hand-out';
export * from './part-digest';
