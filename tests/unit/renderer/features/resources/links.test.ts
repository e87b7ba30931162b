import { describe, expect, it } from 'vitest';
import { LINK_GROUPS, findLink } from '../../../../../renderer/src/features/resources/links';
import { resourcesEn } from '../../../../../renderer/src/i18n/resources.en';
import { resourcesEs } from '../../../../../renderer/src/i18n/resources.es';

/** Every key path in a nested string table, so the two languages can be compared. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keyPaths(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const allLinks = LINK_GROUPS.flatMap((group) => group.links);

describe('links to websites (data)', () => {
  it('uses https for every link', () => {
    for (const link of allLinks) {
      expect(new URL(link.url).protocol, link.id).toBe('https:');
    }
  });

  it('lists each link once and finds it by id', () => {
    const ids = allLinks.map((link) => link.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of allLinks) expect(findLink(link.id)).toBe(link);
  });

  it('has a name and a description for every link in English and Spanish', () => {
    for (const link of allLinks) {
      for (const table of [resourcesEn, resourcesEs]) {
        expect(table.links[link.id].name.trim()).not.toBe('');
        expect(table.links[link.id].description.trim()).not.toBe('');
      }
    }
    // No orphan strings for links that were removed.
    expect(Object.keys(resourcesEn.links).sort()).toEqual(allLinks.map((link) => link.id).sort());
  });

  it('has the same strings in Spanish as in English, none empty', () => {
    expect(keyPaths(resourcesEs).sort()).toEqual(keyPaths(resourcesEn).sort());
    for (const path of keyPaths(resourcesEs)) {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resourcesEs);
      expect(String(value).trim(), path).not.toBe('');
    }
  });
});
