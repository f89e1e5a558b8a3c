/** Joins a table continued over a page break with its first part (placeholder until measured). */
import type { Block } from "./collect-blocks";

export function joinContinued(blocks: Block[]): Block[] {
  return blocks;
}
