/**
 * Where a path really leads, for outputs that may not exist yet: links are followed (a link to a
 * file not there yet too), and a missing file is its parent's real path plus its name.
 *
 *   out/link.xlsx -> ../in/q4.txt      ->  /work/in/q4.txt
 *   new/dir/model.xlsx (new/ missing)  ->  /cwd/new/dir/model.xlsx
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Links followed before giving up, as the kernel's own limit. */
const MAX_LINKS = 40;

export function resolvePath(file: string, links = 0): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync(absolute);
  } catch {
    // missing (or unreadable): follow a dangling link, else resolve the parent
  }
  if (links < MAX_LINKS) {
    try {
      const target = fs.readlinkSync(absolute);
      return resolvePath(path.resolve(path.dirname(absolute), target), links + 1);
    } catch {
      // not a link
    }
  }
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(resolvePath(parent, links), path.basename(absolute));
}

/**
 * A key equal for two paths exactly when they name the same file: device and inode when it
 * exists (a hard link, a symlink), else its resolved path.
 */
export function fileIdentity(file: string): string {
  const real = resolvePath(file);
  try {
    const stat = fs.statSync(real, { bigint: true });
    return `inode ${stat.dev}:${stat.ino}`;
  } catch {
    return `path ${real}`;
  }
}
