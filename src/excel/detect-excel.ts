/**
 * Whether the page runs inside Excel with Office.js loaded, so the task pane can offer "write to
 * this workbook" without naming Office itself. Outside Office, `Office.onReady` answers with no
 * host (or never, when office.js failed to load): both are false, the latter after `timeoutMs`.
 *
 *   await detectExcel(3000)  ->  true in Excel, false in a plain browser tab
 */

export async function detectExcel(timeoutMs: number): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ready = Office.onReady().then(
    (info) => info.host === Office.HostType.Excel,
    () => false,
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
