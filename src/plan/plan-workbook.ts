/**
 * The plan stage: statements, relations and findings become a WorkbookPlan, the pure data both
 * writers apply. One sheet per statement, then Checks and Source; names that clash with nothing
 * the user has; and, when asked, Crossfoot's own sheets of an earlier import of the same exhibit
 * rewritten in place.
 *
 *   planWorkbook(convertExhibit(text, { name }), { text })
 *     -> sheets "BS 2003-12-31", "IS 3M 2003-12-31", "IS FY 2003", "Recon 3M 2003-12-31", ..., "Checks", "Source"
 */
import type { Finding } from "../model/finding";
import { indexFormulas } from "../model/formula-of";
import { makeFinding } from "../model/make-finding";
import type { Relation } from "../model/relation";
import { splitLines } from "../model/split-lines";
import type { InspectResult, Statement } from "../model/statement";
import type { ExistingWorkbook, FindingCell, SheetPlan, WorkbookPlan } from "../model/workbook-plan";
import { MAX_STATEMENT_SHEETS } from "../model/workbook-plan";
import { findEarlierImport } from "./find-earlier-import";
import { importId } from "./import-id";
import { nameSheets } from "./name-sheets";
import { planChecksSheet } from "./plan-checks-sheet";
import { planSourceSheet } from "./plan-source-sheet";
import type { PlanContext } from "./plan-statement-sheet";
import { planStatementSheet } from "./plan-statement-sheet";
import type { StatementLayout } from "./statement-layout";
import { findingAddress, layoutStatement } from "./statement-layout";
import { wantedSheetName } from "./wanted-sheet-name";

export interface PlanOptions {
  /** The exhibit's text: the Source sheet, and the import's id. */
  text: string;
  /** The import's id, when the caller has it already (`importId(text)` by default). */
  id?: string;
  /** The workbook written to; an empty one by default. */
  existing?: ExistingWorkbook;
  /** Rewrite Crossfoot's sheets of an earlier import of the same text in place (default: add a new copy). */
  replace?: boolean;
  /** ISO time recorded with the import; null keeps the plan pure. */
  importedAt?: string | null;
}

/**
 * Final sheet names. Replacing, the i-th sheet takes the name of the earlier import's i-th sheet
 * (the same text plans the same sheets); the rest get names no sheet has.
 */
function chooseNames(
  wanted: readonly string[],
  existing: ExistingWorkbook,
  reuse: readonly string[],
): { names: string[]; replaces: boolean[]; remove: string[] } {
  const reused = wanted.map((_, index) => reuse[index] ?? null);
  const fresh = nameSheets(
    wanted.filter((_, index) => reused[index] === null),
    [...existing.sheetNames, ...reuse],
  );
  let next = 0;
  const names = reused.map((name) => name ?? fresh[next++] ?? "Sheet");
  return {
    names,
    replaces: reused.map((name) => name !== null),
    remove: reuse.slice(wanted.length),
  };
}

/** Each statement's wished name; two that would clash say what they are about ("Recon EBITDA 3M ..."). */
function wantedStatementNames(statements: readonly Statement[]): string[] {
  const plain = statements.map((statement) => wantedSheetName(statement));
  const count = new Map<string, number>();
  for (const name of plain) count.set(name.toLowerCase(), (count.get(name.toLowerCase()) ?? 0) + 1);
  return statements.map((statement, index) => {
    const name = plain[index] ?? statement.id;
    return (count.get(name.toLowerCase()) ?? 0) > 1 ? wantedSheetName(statement, true) : name;
  });
}

export function planWorkbook(whole: InspectResult, options: PlanOptions): WorkbookPlan {
  const existing = options.existing ?? { sheetNames: [], imports: [] };
  const id = options.id ?? importId(options.text);
  const earlier = options.replace === true ? findEarlierImport(existing, id) : null;
  const result = limitStatements(whole);
  const { statements, relations, findings, checks } = result;

  const wanted = [...wantedStatementNames(statements), "Checks", "Source"];
  const { names, replaces, remove } = chooseNames(wanted, existing, earlier?.sheets ?? []);
  const checksName = names[statements.length] ?? "Checks";
  const sourceName = names[statements.length + 1] ?? "Source";

  const layouts = new Map<string, StatementLayout>(
    statements.map((statement, index) => [
      statement.id,
      layoutStatement(statement, names[index] ?? statement.id),
    ]),
  );
  const byCell = new Map<string, number[]>();
  findings.forEach((finding, index) => {
    if (finding.statement === null || finding.row === null) return;
    const key = `${finding.statement}:${finding.row}:${finding.column ?? ""}`;
    byCell.set(key, [...(byCell.get(key) ?? []), index]);
  });
  const relationIndex = new Map(relations.map((relation, index) => [relation, index]));
  const checkIndex = new Map(checks.map((check, index) => [`${check.relation}:${check.column}`, index]));
  const context: PlanContext = {
    exhibit: result.source.name,
    company: result.source.company,
    layouts,
    formulaAt: indexFormulas(relations),
    findingsAt: (statement, row, column) => byCell.get(`${statement}:${row}:${column ?? ""}`) ?? [],
    findings,
    checks,
    checkOf: (relation, column) => checkIndex.get(`${relationIndex.get(relation) ?? -1}:${column}`) ?? null,
    sourceSheet: sourceName,
  };

  const sheets: SheetPlan[] = [];
  const liveChecks: WorkbookPlan["liveChecks"] = [];
  for (const layout of layouts.values()) {
    const planned = planStatementSheet(layout, context);
    sheets.push(planned.sheet);
    liveChecks.push(...planned.liveChecks);
  }
  const checksSheet = planChecksSheet(checksName, statements, relations, context);
  sheets.push(checksSheet.sheet);
  sheets.push(planSourceSheet(sourceName, result.source.text ?? splitLines(options.text), statements));
  sheets.forEach((sheet, index) => (sheet.replaces = replaces[index] ?? false));

  return {
    record: { id, exhibit: result.source.name, importedAt: options.importedAt ?? null, sheets: names },
    sheets,
    remove,
    findingCells: locateFindings(result, layouts, checksName, sourceName),
    liveChecks,
    statusChecks: checksSheet.statusChecks,
  };
}

/**
 * The first `MAX_STATEMENT_SHEETS` statements, the relations among them only (a link to a statement without a
 * sheet would be a broken reference), and a finding that counts the others; the findings about
 * those stay, placed by their line.
 */
export function limitStatements(result: InspectResult): InspectResult {
  const limit = MAX_STATEMENT_SHEETS;
  const left = result.statements.slice(limit);
  const first = left[0];
  if (first === undefined) return result;
  const kept = new Set(result.statements.slice(0, limit).map((statement) => statement.id));
  const among = (relation: Relation): boolean =>
    kept.has(relation.statement) && (relation.kind !== "link" || kept.has(relation.target.statement));
  const finding: Finding = makeFinding("statements-without-sheet", {
    line: first.lines[0],
    count: left.length,
  });
  // Checks name their relation by index: renumber them over the relations kept.
  const renumbered = new Map<number, number>();
  const relations = result.relations.filter((relation, index) => {
    if (!among(relation)) return false;
    renumbered.set(index, renumbered.size);
    return true;
  });
  const checks = result.checks.flatMap((check) => {
    const relation = renumbered.get(check.relation);
    return relation === undefined ? [] : [{ ...check, relation }];
  });
  return {
    ...result,
    statements: result.statements.slice(0, limit),
    relations,
    checks,
    findings: [...result.findings, finding],
  };
}

/** The cell each finding is about: its figure, else its row's label, its column's header, or its line of the exhibit. */
function locateFindings(
  result: InspectResult,
  layouts: ReadonlyMap<string, StatementLayout>,
  checksName: string,
  sourceName: string,
): FindingCell[] {
  return result.findings.flatMap((finding, index): FindingCell[] => {
    const layout = finding.statement === null ? undefined : layouts.get(finding.statement);
    if (layout !== undefined) {
      return [{ finding: index, sheet: layout.sheet, address: findingAddress(layout, finding) }];
    }
    if (finding.line !== null) return [{ finding: index, sheet: sourceName, address: `B${finding.line}` }];
    return [{ finding: index, sheet: checksName, address: "A1" }];
  });
}
