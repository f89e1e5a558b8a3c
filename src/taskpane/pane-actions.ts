/**
 * What the task pane asks of its host, as functions passed in: the pane never calls Office.js, the
 * pipeline's stages or exceljs itself, so it runs the same in Excel, in a plain browser and in tests.
 */
import type { InspectResult } from "../model/statement";
import type { FindingCell } from "../model/workbook-plan";

/** How far a write has come: `fraction` from 0 to 1, and what it is doing, in words. */
export interface WriteProgress {
  fraction: number;
  message: string;
}

/** An import of the same exhibit found in the workbook before writing. */
export interface EarlierImport {
  exhibit: string;
  /** How many sheets it wrote. */
  sheets: number;
  /** ISO time of that import, or null when unknown. */
  importedAt: string | null;
}

/** The user's answer to "This exhibit was imported before": rewrite its sheets, add a copy, or stop. */
export type ReplaceChoice = "replace" | "add" | "cancel";

/** What to write: the exhibit's text, its name, and what `convert` found in it. */
export interface WriteRequest {
  text: string;
  name: string;
  result: InspectResult;
}

export interface WriteHooks {
  onProgress(progress: WriteProgress): void;
  /** Asked at most once, when the workbook already holds an import of this exhibit. */
  askReplace(earlier: EarlierImport): Promise<ReplaceChoice>;
}

/** What a write did. */
export interface WriteOutcome {
  /** The sheets written, in order. */
  sheets: string[];
  /** Where each finding that has a cell shows in the workbook. */
  findingCells: FindingCell[];
  /** For a download: the file to save; null when the workbook was written in place. */
  file: { name: string; bytes: Uint8Array } | null;
}

export interface PaneActions {
  /** "excel" writes into the open workbook; "download" offers an .xlsx file. */
  target: "excel" | "download";
  /** Reads an exhibit; never throws (problems come back as findings). */
  convert(text: string, name: string): InspectResult;
  /** Writes the workbook; null when the user cancelled. Throws a host error (src/errors.ts) on failure. */
  write(request: WriteRequest, hooks: WriteHooks): Promise<WriteOutcome | null>;
  /** Selects a finding's cell in the workbook; absent where there is no workbook to select in. */
  select?(cell: FindingCell): Promise<void>;
}

/** The Office theme, when the host tells it: dark or light, or null to follow the system. */
export type PaneTheme = "light" | "dark" | null;
