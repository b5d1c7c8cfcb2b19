// Chronology tables ("| 19 June 2024 | Treaty signed in Pyongyang |"): each cell is a unit of
// prose, so the date in one cell never meets the event in the next. A row whose first cell
// is a date and nothing else is read as one unit, as the line "19 June 2024: Treaty signed
// in Pyongyang" would be; so is an infobox row of a label and its value.
import type { ProseUnit } from './proseSegments.js';

/**
 * `units` with the cells of each dated table row joined. `isDate` tells whether a cell's
 * text (trimmed) is a date alone; offsets are the block's own.
 */
export function joinDatedRows(blockText: string, units: readonly ProseUnit[], isDate: (start: number, end: number) => boolean, isLabel: (start: number, end: number) => boolean): ProseUnit[] {
  const joined: ProseUnit[] = [];
  for (let i = 0; i < units.length; ) {
    let j = i;
    // The cells of one row: units on the same line of a line that starts a table row.
    while (j + 1 < units.length && !/[\r\n]/.test(blockText.slice(units[i].start, units[j + 1].end))) j++;
    const lineStart = Math.max(blockText.lastIndexOf('\n', units[i].start), blockText.lastIndexOf('\r', units[i].start)) + 1;
    const isRow = j > i && /^[ \t>]*\|/.test(blockText.slice(lineStart, units[i].start + 1));
    // A chronology row: the date first and no other date (a row of an instrument's dates,
    // "| New START | 8 April 2010 | Prague | 5 February 2011 | Expired |", stays in cells).
    const cells = units.slice(i, j + 1);
    // An infobox row, "| Signed | 1 October 1953 |", reads like the line "Signed: 1 October 1953".
    if (isRow && ((isDate(cells[0].start, cells[0].end) && !cells.slice(1).some((u) => isDate(u.start, u.end))) || (cells.length === 2 && isLabel(cells[0].start, cells[0].end)))) {
      joined.push({ start: units[i].start, end: units[j].end });
    } else {
      for (let k = i; k <= j; k++) joined.push(units[k]);
    }
    i = j + 1;
  }
  return joined;
}
