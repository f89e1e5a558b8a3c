/** Types of scripts/sideload.js, for the tests that import it. */
export type SideloadStep = { run: string[] } | { copy: [string, string] } | { remove: string };

export interface SideloadPlan {
  register: SideloadStep[];
  launch: SideloadStep[];
  unregister: SideloadStep[];
}

export function readAddinId(manifestText: string): string;
export function planSideload(
  platform: string,
  where: { manifest: string; id: string; home: string },
): SideloadPlan | null;
export function runSteps(
  steps: SideloadStep[],
  spawn: (command: string, args: string[], options: object) => { error?: Error; status: number | null },
): string[];
