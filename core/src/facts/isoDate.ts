// Dates at their precision: a year, a month or a day. Comparisons happen at the
// coarser of two precisions, so "June 2024" agrees with 2024-06-19.

export type Precision = 'year' | 'month' | 'day';

export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month?: number, day?: number): boolean {
  if (month === undefined) return year > 0;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parses "2024", "2024-06" or "2024-06-19"; undefined when malformed or impossible. The same
 * fact values are read for every claim: parsed once (the result is shared, never mutated).
 */
export function parseIsoDate(text: string): DateValue | undefined {
  let parsed = parsedDates.get(text);
  if (parsed === undefined && !parsedDates.has(text)) {
    parsed = parse(text);
    if (parsedDates.size > 10_000) parsedDates.clear();
    parsedDates.set(text, parsed);
  }
  return parsed;
}

const parsedDates = new Map<string, Readonly<DateValue> | undefined>();

function parse(text: string): DateValue | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export function precisionOf(date: DateValue): Precision {
  return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

/** True when the two dates agree on every field both of them give. */
export function datesAgree(a: DateValue, b: DateValue): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.month === undefined || b.month === undefined) return true;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  return true;
}

/** Sortable number for the first day the date can mean. */
export function earliestOrdinal(d: DateValue): number {
  return (d.year ?? 0) * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
}

/** Sortable number for the last day the date can mean. */
export function latestOrdinal(d: DateValue): number {
  return (d.year ?? 9999) * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
}

export function toIso(d: DateValue): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let s = String(d.year ?? '????');
  if (d.month !== undefined) s += `-${pad(d.month)}`;
  if (d.day !== undefined) s += `-${pad(d.day)}`;
  return s;
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "19 June 2024", "June 2024" or "2024": the neutral form used in messages. */
export function formatDate(d: DateValue): string {
  const parts: string[] = [];
  if (d.day !== undefined) parts.push(String(d.day));
  if (d.month !== undefined) parts.push(MONTH_NAMES[d.month - 1]);
  if (d.year !== undefined) parts.push(String(d.year));
  return parts.join(' ');
}
