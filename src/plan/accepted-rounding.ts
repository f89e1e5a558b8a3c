/**
 * What a per-share figure is compared at, and how far from its formula the checker accepted it as
 * rounding: the same on the statement sheet's tolerance and on the Checks sheet's.
 *
 *   ($0.44) printed, income over shares -0.448: rounded to the cents, -0.45; accepted 0.01
 */
import Decimal from "decimal.js";
import type { Finding, FindingCode } from "../model/finding";
import type { Row } from "../model/statement";
import { decimalsOf } from "./number-format";

/** The per-share findings that accept a difference as rounding. */
const ROUNDING_CODES = new Set<FindingCode>(["per-share-rounding", "per-share-rounding-plug"]);

/** The decimals a per-share row is compared at: its printed cents, at least two. */
export function perSharePlaces(row: Row): number {
  return Math.max(2, decimalsOf(row));
}

/** |reported - computed rounded to `places`| when one of `findings` accepts the figure as rounding; else 0. */
export function acceptedRounding(findings: readonly Finding[], places: number): Decimal {
  const accepted = findings.find((finding) => ROUNDING_CODES.has(finding.code));
  if (accepted?.reported == null || accepted.computed === null) return new Decimal(0);
  const rounded = new Decimal(accepted.computed).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return new Decimal(accepted.reported).minus(rounded).abs();
}
