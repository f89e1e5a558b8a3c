/** Relations between the rows of a statement, as found by the infer stage (plain JSON data). */

/** One signed part of a total; `row` is the 0-based row index within the statement. */
export interface Term {
  row: number;
  sign: 1 | -1;
}

/** A total that is the signed sum of earlier rows. Row and column indexes are 0-based. */
export interface SumRelation {
  kind: "sum";
  /** The statement's id ("s1"). */
  statement: string;
  /** The total's row. */
  row: number;
  /** The parts, nearest the total first. */
  terms: Term[];
  /** 0-based columns where the reported figure equals the sum exactly */
  ties: number[];
  /** columns where it does not */
  misses: number[];
}
