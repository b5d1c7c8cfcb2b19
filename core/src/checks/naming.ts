// How messages name an instrument and its events.
import type { Instrument } from '../facts/types.js';

export function displayName(instrument: Instrument): string {
  return instrument.shortTitles?.[0] ?? instrument.title;
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
