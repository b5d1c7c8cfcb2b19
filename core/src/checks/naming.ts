// How messages name an instrument and its events.
import type { Instrument } from '../facts/types.js';

/** The shortest short title that still reads as a name (not a bare acronym), else the title. */
export function displayName(instrument: Instrument): string {
  const names = [...(instrument.shortTitles ?? [])].filter((n) => n.length >= 8).sort((a, b) => a.length - b.length);
  return names[0] ?? instrument.shortTitles?.[0] ?? instrument.title;
}

export const EVENT_LABELS = {
  signed: 'was signed',
  adopted: 'was adopted',
  entryIntoForce: 'entered into force',
  ratified: 'was ratified',
  withdrawal: 'withdrawal took place',
  end: 'ended',
  suspension: 'was suspended',
} as const;
