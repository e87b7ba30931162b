import { randomBytes } from 'node:crypto';

/** A new random id: 16 URL-safe characters (96 bits), matching the contract's id pattern. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
