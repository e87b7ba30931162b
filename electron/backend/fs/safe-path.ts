import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Maps a URL path onto a file inside `root`, or null when it would leave `root` —
 * by `..`, encoded or double-encoded separators, NUL bytes, absolute paths, or a
 * symbolic link that points outside. Only existing regular files are returned.
 */
export async function resolveFileInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // A second round of decoding that changes anything means the path was encoded twice: refuse it.
  if (decoded.includes('\0') || /%[0-9a-f]{2}/i.test(decoded) || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:$/.test(s))) return null;

  const realRoot = await fs.realpath(root);
  const candidate = path.join(realRoot, ...segments);
  if (!isInside(realRoot, candidate)) return null;
  try {
    const real = await fs.realpath(candidate);
    if (!isInside(realRoot, real)) return null;
    const stat = await fs.stat(real);
    return stat.isFile() ? real : null;
  } catch {
    return null;
  }
}

/** True when `child` is `parent` itself or lies below it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
