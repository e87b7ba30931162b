// The correspondence log and stored letters: record schemas, threading, and sent letters in the activity log.
export * from './channels';
export * from './letter-activities';
export * from './letter-record';
export * from './letter-type-id';
export * from './message';
export * from './threads';
