import Dexie from 'dexie';
import { applyVersions } from '../../renderer/src/db/career-db';
import type { SchemaVersion } from '../../renderer/src/db/schema';

/**
 * Creates database `name` exactly as an older release left it: only the versions up
 * to `version`, filled by `seed`. Opening the real CareerDb afterwards runs the upgrades.
 */
export async function createAtVersion(
  name: string,
  versions: SchemaVersion[],
  version: number,
  seed: (db: Dexie) => Promise<void>,
): Promise<void> {
  const older = versions.filter((v) => v.version <= version);
  if (older.length === 0 || older[older.length - 1].version !== version) {
    throw new Error(`There is no schema version ${version}.`);
  }
  const db = new Dexie(name);
  applyVersions(db, older);
  await db.open();
  await seed(db);
  db.close();
}
