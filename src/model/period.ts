/** The period a column reports. Dates are ISO `YYYY-MM-DD`. */
export interface Period {
  /** First day of the period; null for an instant, or when the length is unknown. */
  start: string | null;
  /** Last day of the period, or the date of an instant; null when no date was printed. */
  end: string | null;
  /** Length in whole months ("Three Months Ended" gives 3), or null. */
  months: number | null;
  /** Length in weeks ("13 Weeks Ended" gives 13), or null. */
  weeks: number | null;
  /** True for a point in time (balance sheet dates), false for a duration. */
  instant: boolean;
}
