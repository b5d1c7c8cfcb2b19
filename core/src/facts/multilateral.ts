// Whether an instrument is multilateral in the fact base's sense: it lists no closed set of
// parties, so a state's own signing, ratification or accession date is its own, not the
// instrument's.
import type { Instrument } from './types.js';

export function isMultilateral(instrument: Instrument | undefined): boolean {
  return !instrument?.parties?.value?.length;
}
