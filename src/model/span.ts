/** A piece of exhibit text and where it stands in the source. */
export interface Span {
  /** 1-based source line. */
  line: number;
  /** 0-based first column, in the line after tabs are expanded to 8-column stops. */
  start: number;
  /** 0-based column just past the last character (exclusive). */
  end: number;
  /** The characters at that place, exactly as in the source line. */
  text: string;
}
