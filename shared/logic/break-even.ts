/**
 * Break-even as a planner states it: whole units, rounded up (11.2 units to sell means 12), after
 * dropping binary noise so an exact 12 computed as 12.000000000000002 stays 12. The screen and the
 * report both show this figure.
 */
export function wholeBreakEvenUnits(units: number): number {
  return Math.ceil(Number(units.toPrecision(12)));
}
