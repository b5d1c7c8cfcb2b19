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

/** "North Korea" rather than "DPRK" or the official name. */
export function partyName(party: Party | undefined, id: string): string {
  if (!party) return id;
  const names = [...(party.shortNames ?? []), ...(party.aliases ?? [])];
  return names.find((n) => n !== n.toUpperCase()) ?? names[0] ?? party.name;
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
