/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the target's folder,
 * are flushed, and the temporary file is renamed over the target. A reader sees the earlier file
 * or the new one, never a part; on any failure the temporary file is removed and the earlier
 * file is left as it was. A symlink keeps pointing at the file, which is replaced.
 */
import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs";
import * as path from "node:path";
import { resolvePath } from "./resolve-path";

/** The calls used, so that a test can make one fail (a full disk half-way through). */
export type WriteFs = Pick<
  typeof nodeFs,
  | "openSync"
  | "writeSync"
  | "fsyncSync"
  | "closeSync"
  | "renameSync"
  | "unlinkSync"
  | "statSync"
  | "fchmodSync"
>;

export function writeFileAtomic(file: string, data: Uint8Array | string, fs: WriteFs = nodeFs): void {
  const target = resolvePath(file);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`,
  );
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let fd: number | null = null;
  let created = false;
  try {
    fd = fs.openSync(temp, "wx", 0o666);
    created = true;
    const mode = modeOf(target, fs);
    if (mode !== null) fs.fchmodSync(fd, mode);
    for (let written = 0; written < bytes.length;)
      written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    const closing = fd;
    fd = null;
    fs.closeSync(closing);
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== null) ignoreFailure(() => fs.closeSync(fd as number));
    if (created) ignoreFailure(() => fs.unlinkSync(temp));
    throw error;
  }
}

/** The permissions of the file being replaced, kept by the new one; null when there is none. */
function modeOf(file: string, fs: WriteFs): number | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.mode & 0o7777 : null;
  } catch {
    return null;
  }
}

function ignoreFailure(action: () => void): void {
  try {
    action();
  } catch {
    // cleaning up after the failure that is reported
  }
}
