export * from './export-plan-file';
export * from './import-plan-file';
