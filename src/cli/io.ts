/** What a command reads and writes besides its arguments: streams, the clock, and the file system it writes through. */
import type { WriteFs } from "./write-file-atomic";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: () => Buffer;
  /** The time recorded with an import (the clock by default). */
  now?: () => Date;
  /** The calls outputs are written through (Node's fs by default; tests inject failures). */
  fs?: WriteFs;
}
