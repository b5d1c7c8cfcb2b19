// Writes a date back in the author's own style: "July 19, 2024" → "June 19, 2024",
// "19 July 2024" → "19 June 2024", "19th July" → "19th June", ISO stays ISO, "in 2023" → "2024".
import type { DateMention } from '../extract/dates.js';
import { MONTH_NAMES, type DateValue } from '../facts/isoDate.js';

export function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function monthWord(month: number, form: DateMention['monthForm'], original: string): string {
  const full = MONTH_NAMES[month - 1];
  let word = form === 'full' || form === undefined ? full : full.slice(0, month === 9 && /^sept/i.test(original) ? 4 : 3);
  if (form === 'abbr-dot') word += '.';
  if (original === original.toUpperCase() && /[A-Z]/.test(original)) word = word.toUpperCase();
  return word;
}

/**
 * The replacement for `mention` (whose text is `source`) that states `expected` at the
 * precision the author used (never more precise than the fact itself).
 */
export function renderDateLike(mention: DateMention, expected: DateValue): string {
  const wantsDay = mention.value.day !== undefined && expected.day !== undefined;
  const wantsMonth = mention.value.month !== undefined && expected.month !== undefined;
  const lostPrecision = (mention.value.day !== undefined && expected.day === undefined) || (mention.value.month !== undefined && expected.month === undefined);
  if (mention.rangeEnd === undefined && !lostPrecision) {
    // Replace each part in place: the rest of the author's text stays as written.
    const edits: { start: number; end: number; text: string }[] = [];
    const { parts } = mention;
    if (parts.year && expected.year !== undefined) edits.push({ ...parts.year, text: String(expected.year) });
    if (parts.month && wantsMonth) {
      const original = mention.text.slice(parts.month.start - mention.start, parts.month.end - mention.start);
      edits.push({ ...parts.month, text: mention.order === 'iso' ? String(expected.month).padStart(2, '0') : monthWord(expected.month!, mention.monthForm, original) });
    }
    if (parts.day && wantsDay) {
      const day = expected.day!;
      let text = mention.order === 'iso' ? String(day).padStart(2, '0') : String(day);
      const after = mention.text.slice(parts.day.end - mention.start);
      const suffix = /^(st|nd|rd|th)/.exec(after);
      const end = suffix ? parts.day.end + suffix[0].length : parts.day.end;
      if (suffix) text += ordinalSuffix(day);
      edits.push({ start: parts.day.start, end, text });
    }
    let out = mention.text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
      out = out.slice(0, edit.start - mention.start) + edit.text + out.slice(edit.end - mention.start);
    }
    return out;
  }
  return formatInOrder(expected, mention, mention.value.year !== undefined);
}

function formatInOrder(d: DateValue, mention: DateMention, withYear: boolean): string {
  const year = withYear && d.year !== undefined ? String(d.year) : '';
  if (mention.order === 'iso') return [d.year, d.month, d.day].filter((x) => x !== undefined).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0'))).join('-');
  if (mention.order === 'year' || d.month === undefined) return String(d.year ?? '');
  const monthText = mention.text.slice((mention.parts.month?.start ?? mention.start) - mention.start, (mention.parts.month?.end ?? mention.start) - mention.start);
  const month = monthWord(d.month, mention.monthForm, monthText);
  const day = d.day === undefined ? '' : `${d.day}${mention.ordinal ? ordinalSuffix(d.day) : ''}`;
  if (mention.order === 'dmy') return [day, month, year].filter(Boolean).join(' ');
  if (!day) return [month, year].filter(Boolean).join(' ');
  return year ? `${month} ${day}, ${year}` : `${month} ${day}`;
}
