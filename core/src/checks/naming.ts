// How messages name an instrument and its events.
import type { Instrument, Party } from '../facts/types.js';

/**
 * The title when it is short enough to read in a message; else a short title or a title-like
 * alias. Without a leading "The": messages put their own article before it.
 */
export function displayName(instrument: Instrument): string {
  return readableName(instrument).replace(/^The\s+/, '');
}

function readableName(instrument: Instrument): string {
  if (instrument.title.length <= 70) return instrument.title;
  const readable = (n: string) => n.length >= 8 && n.length <= 70 && /^[A-Z]/.test(n) && /\b(Treaty|Agreement|Pact|Charter|Declaration|Statement|Resolution|Armistice|Framework)\b/.test(n);
  return instrument.shortTitles?.find(readable) ?? instrument.aliases?.find(readable) ?? instrument.shortTitles?.[0] ?? instrument.title;
}

export const EVENT_LABELS = {
  signed: 'was signed',
  adopted: 'was adopted',
  entryIntoForce: 'entered into force',
  ratified: 'was ratified',
  exchange: 'had its instruments of ratification exchanged',
  withdrawal: 'withdrawal took place',
  end: 'ended',
  suspension: 'was suspended',
} as const;

/** What happened on an event's date; a vetoed draft was never adopted: its date is the vote's. */
export function eventLabel(event: keyof typeof EVENT_LABELS | 'vetoed', instrument: Instrument): string {
  if (event === 'vetoed') return 'was vetoed';
  if (event !== 'adopted' || instrument.kind !== 'draft-resolution') return EVENT_LABELS[event];
  return instrument.status?.some((s) => s.status === 'vetoed') ? 'was vetoed' : 'was put to the vote';
}

/**
 * "North Korea" rather than "DPRK" or the official name; a short official name ("Japan", "New
 * Zealand", "United Nations") before an alias, which may be historical ("Empire of Japan").
 */
export function partyName(party: Party | undefined, id: string): string {
  if (!party) return id;
  const short = party.name.length <= 24 ? [party.name] : [];
  const names = [...(party.shortNames ?? []), ...short, ...(party.aliases ?? [])];
  return names.find((n) => n !== n.toUpperCase()) ?? names[0] ?? party.name;
}

/** "Japan, South Korea and the United States". */
export function listInProse(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The party as running text names it: "the United States", "the Philippines", "North Korea". */
export function partyInProse(party: Party | undefined, id: string): string {
  const name = partyName(party, id);
  return /^(?:United |Russian Federation$|Soviet Union$|Philippines$|Netherlands$|Republic of |Democratic |People's Republic)/.test(name) ? `the ${name}` : name;
}

/** A message that opens with a party's name opens with a capital: "The United States …". */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
