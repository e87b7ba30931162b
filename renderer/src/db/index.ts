// The renderer's records: the database and one module per table family.
export * from './activities-table';
export * from './career-db';
export * from './clock';
export * from './contacts-table';
export * from './errors';
export * from './events-table';
export * from './jobs-table';
export * from './letters-table';
export * from './messages-table';
export * from './profile-table';
export * from './rows';
export * from './saved-searches-table';
export * from './schema';
export * from './sent-documents';
export * from './stage-changes-table';
