import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { StoredActivity } from '../../../shared/domain/activity';
import type { SavedSearch, StageChange } from '../../../shared/domain/jobs';
import type { ScheduleEvent } from '../../../shared/domain/schedule';
import type { LetterRecord, Message } from '../../../shared/domain/messages';
import type { ProfileRow } from './profile-table';
import type { ContactRow, JobRow } from './rows';
import { SCHEMA, type MetaRow, type SchemaVersion } from './schema';

export const DB_NAME = 'career-organizer';

/** Declares `versions` on `db` in order, after checking they only ever go up. */
export function applyVersions(db: Dexie, versions: SchemaVersion[]): void {
  let previous = 0;
  for (const step of versions) {
    if (!Number.isInteger(step.version) || step.version <= previous) {
      throw new Error(`Schema versions must be whole numbers that go up; ${step.version} follows ${previous}.`);
    }
    previous = step.version;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
}

/** The renderer's database: jobs, events, contacts, letters ... as their features add them. */
export class CareerDb extends Dexie {
  meta!: Table<MetaRow, string>;
  jobs!: Table<JobRow, string>;
  stageChanges!: Table<StageChange, string>;
  contacts!: Table<ContactRow, string>;
  savedSearches!: Table<SavedSearch, string>;
  activities!: Table<StoredActivity, string>;
  events!: Table<ScheduleEvent, string>;
  letters!: Table<LetterRecord, string>;
  messages!: Table<Message, string>;
  profile!: Table<ProfileRow, string>;

  constructor(name: string = DB_NAME, versions: SchemaVersion[] = SCHEMA, options?: DexieOptions) {
    super(name, options);
    applyVersions(this, versions);
  }
}

let shared: CareerDb | null = null;

/** The one database the app uses, opened on first use. */
export function getDb(): CareerDb {
  shared ??= new CareerDb();
  return shared;
}
