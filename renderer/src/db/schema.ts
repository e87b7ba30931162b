import type { Transaction } from 'dexie';

/**
 * One step of the database's history. Versions are only ever added, never edited:
 * a user's IndexedDB may be at any older version and must upgrade through each step.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store definitions added or changed at this version; null deletes a table. */
  stores: Record<string, string | null>;
  /** Moves existing records to the new shape; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** A small key-value table for app state that belongs with the records (first run, sample data markers). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** The app's schema history. Features append versions with their tables. */
export const SCHEMA: SchemaVersion[] = [{ version: 1, stores: { meta: 'key' } }];
