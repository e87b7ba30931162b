import { CareerDb } from '../../../../renderer/src/db/career-db';

let counter = 0;

/** A new, empty database with the app's real schema; each test gets its own name. */
export function freshDb(): CareerDb {
  return new CareerDb(`jobs-test-${Date.now()}-${counter++}`);
}
