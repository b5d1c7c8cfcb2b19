// When an instrument came into being: signed, or for resolutions and statements adopted. Names
// with years ("the 1961 treaty", "Japan-US Security Treaty, 8 September 1951") and party pools
// by year are read against it.
import type { Instrument } from './types.js';

/** The ISO date (at its precision) the instrument was signed or adopted, when the fact base holds one. */
export function signingDate(instrument: Instrument | undefined): string | undefined {
  const date = instrument?.signed?.date?.value ?? instrument?.adopted?.date?.value;
  return typeof date === 'string' ? date : undefined;
}

/** Its year ("1961"), when the fact base holds one. */
export function signingYear(instrument: Instrument | undefined): string | undefined {
  return signingDate(instrument)?.slice(0, 4);
}
