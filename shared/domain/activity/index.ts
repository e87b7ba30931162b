// The job-search activity log's pure logic: activities, weeks, the source registry and summaries.
export * from './activity';
export * from './job-activities';
export * from './registry';
export * from './summarise';
export * from './week';
