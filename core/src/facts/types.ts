// The fact base as loaded from YAML: the shape of schema/instrument.schema.json and
// schema/parties.schema.json. Plain data, no behaviour.

/** ISO date at its precision: "2024", "2024-06" or "2024-06-19". */
export type IsoDate = string;

export type Uncertainty = 'unverified' | 'disputed';

export interface Reading<T> {
  value: T;
  sources: string[];
  note?: string;
}

/** A sourced value, an unverified one, or one the sources disagree on. */
export interface Fact<T> {
  value?: T;
  status?: Uncertainty;
  sources?: string[];
  readings?: Reading<T>[];
  /** For disputed dates: every reading lies in this range, so a claim outside it is still wrong. */
  range?: { earliest: IsoDate; latest: IsoDate };
  /** Other right ways to name a place (the building, or the city). */
  alternatives?: string[];
  note?: string;
}

export interface Signatory {
  name: string;
  role?: string;
  party?: string;
}

export interface InstrumentEvent {
  date?: Fact<IsoDate>;
  place?: Fact<string>;
  signatories?: Fact<Signatory[]>;
  vote?: Fact<string>;
  note?: string;
}

export interface Ratification {
  party: string;
  date?: Fact<IsoDate>;
  steps?: { step: string; date: Fact<IsoDate> }[];
  note?: string;
}

export interface Article {
  number: string;
  topic: string;
  summary?: string;
  quote?: string;
  keywords?: string[];
  status?: Uncertainty;
  note?: string;
  sources: string[];
}

export type StatusKind =
  | 'signed' | 'in-force' | 'suspended' | 'partially-suspended' | 'terminated' | 'expired'
  | 'superseded' | 'defunct' | 'issued' | 'adopted' | 'vetoed';

export interface StatusEntry {
  status: StatusKind;
  from?: Fact<IsoDate>;
  note?: string;
  sources: string[];
}

export interface Withdrawal {
  party: string;
  announced?: Fact<IsoDate>;
  effective?: Fact<IsoDate>;
  outcome?: 'effective' | 'suspended' | 'rescinded' | 'contested';
  note?: string;
}

export interface Suspension {
  party: string;
  date?: Fact<IsoDate>;
  scope?: 'full' | 'partial';
  note?: string;
}

export type DescriptorNoun =
  | 'treaty' | 'pact' | 'agreement' | 'accord' | 'alliance' | 'declaration' | 'statement'
  | 'resolution' | 'armistice' | 'charter' | 'framework';

export interface Descriptor {
  noun: DescriptorNoun;
  year?: number;
  qualifiers?: string[];
}

export type InstrumentKind =
  | 'treaty' | 'agreement' | 'armistice' | 'charter' | 'declaration' | 'joint-statement'
  | 'political-commitment' | 'resolution' | 'draft-resolution';

export interface Source {
  url: string;
  title: string;
}

export interface Instrument {
  id: string;
  title: string;
  shortTitles?: string[];
  aliases?: string[];
  descriptors?: Descriptor[];
  kind: InstrumentKind;
  summary?: string;
  parties?: Fact<string[]>;
  partiesNote?: string;
  signed?: InstrumentEvent;
  adopted?: InstrumentEvent;
  ratifications?: Ratification[];
  exchangeOfInstruments?: InstrumentEvent;
  entryIntoForce?: InstrumentEvent;
  articleCount?: Fact<number>;
  /** Years the instrument was concluded for (its initial term, before any extension). */
  term?: Fact<number>;
  articles?: Article[];
  status?: StatusEntry[];
  withdrawals?: Withdrawal[];
  suspensions?: Suspension[];
  supersedes?: string[];
  supersededBy?: string;
  knownErrors?: string[];
  notes?: string[];
  sources: Record<string, Source>;
}

export interface Party {
  id: string;
  name: string;
  shortNames?: string[];
  aliases?: string[];
  metonyms?: string[];
  adjectives?: string[];
  /** States a command or body signs for, which briefs name in its place (the KPA for North Korea). */
  actsFor?: string[];
  successorOf?: { party: string; from: IsoDate; note?: string; sources: string[] };
  existed?: { from?: IsoDate; until?: IsoDate };
  notes?: string[];
  sources?: string[];
}

export interface Person {
  name: string;
  variants?: string[];
  party?: string;
  role?: string;
  caution?: string;
}

export interface PartiesFile {
  parties: Party[];
  people?: Person[];
  sources: Record<string, Source>;
}
