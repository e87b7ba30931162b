import path from 'node:path';
import { isInside } from '../fs/safe-path';

/** The app's own folder inside the library: index, journal, extracted text, search index, temp and trash. */
export const META_DIR = '.career-organizer';

/** Where each of the library's own things lives, from the library folder. */
export function libraryLayout(root: string) {
  const meta = path.join(root, META_DIR);
  return {
    root,
    meta,
    temp: path.join(meta, 'tmp'),
    text: path.join(meta, 'text'),
    trash: path.join(meta, 'trash'),
    searchFile: path.join(meta, 'search.json'),
    /** The absolute path of a file the index names relative to the library; null if it would leave the library. */
    resolve(relative: string): string | null {
      const absolute = path.resolve(root, ...relative.split('/'));
      return isInside(root, absolute) && absolute !== root ? absolute : null;
    },
    /** The index's form of a path inside the library: relative, with forward slashes. */
    relative(absolute: string): string {
      return path.relative(root, absolute).split(path.sep).join('/');
    },
    textFile: (sha256: string) => path.join(meta, 'text', `${sha256}.txt`),
  };
}

export type LibraryLayout = ReturnType<typeof libraryLayout>;
