// CSV for jobs and the activity log: preview and map a file, plan and run the import, export.
export * from './activities-export';
export * from './column-mapping';
export * from './csv-parse';
export * from './csv-text';
export * from './csv-write';
export * from './dates';
export * from './import-jobs';
export * from './import-plan';
export * from './job-columns';
export * from './jobs-export';
export * from './list-cells';
export * from './row-problem';
export * from './row-to-job';
export * from './status';
