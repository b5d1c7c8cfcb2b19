// Well-known instruments the fact base does not hold. Named in a brief, they are what the
// paragraph is about, so "the treaty" after "START I … " is not New START, and a date there is
// no claim about the brief's topic. Recognition vocabulary, not facts (like places.ts).

const NAMES = [
  // Arms control
  String.raw`(?<!New\s)START(?:[- ](?:I|II|1|2))?(?![- ]?(?:III|3)\b)`, String.raw`(?<!New\s)Strategic Arms Reduction Treaty`, 'Strategic Offensive Reductions Treaty', 'SORT', 'Moscow Treaty',
  'Anti-Ballistic Missile Treaty', 'ABM Treaty', 'Comprehensive (?:Nuclear-)?Test[- ]Ban Treaty', 'CTBT', 'Partial Test Ban Treaty',
  'Limited Test Ban Treaty', 'Treaty on the Prohibition of Nuclear Weapons', 'TPNW', 'Outer Space Treaty', 'Open Skies Treaty',
  'CFE Treaty', 'Treaty on Conventional Armed Forces in Europe', 'Chemical Weapons Convention', 'Biological Weapons Convention',
  'SALT I', 'SALT II', 'Joint Comprehensive Plan of Action', 'JCPOA',
  // Korean Peninsula
  'Panmunjom Declaration', 'Pyongyang Joint Declaration', 'Singapore (?:Joint )?(?:Statement|Declaration)', 'Leap Day (?:Deal|Agreement)',
  'Joint Declaration (?:of South and North Korea )?on the Denuclearization of the Korean Peninsula', 'Inter-Korean Basic Agreement',
  'Agreement on Reconciliation, Non-?aggression,? and Exchanges and Cooperation',
  // Other
  'Sino-Soviet Treaty of Friendship and Alliance', 'Warsaw Pact', 'Treaty of Versailles', 'Helsinki Final Act', 'Geneva Conventions?',
  'Treaty of Portsmouth', 'Treaty of Shimonoseki', 'Japan-Korea Annexation Treaty', 'Treaty of Annexation',
];
const OTHER = new RegExp(`\\b(?:${NAMES.join('|')})\\b`, 'g');
const HINT = /START|SORT|SALT|ABM|CTBT|TPNW|CFE|JCPOA|Treaty|Declaration|Statement|Agreement|Convention|Pact|Act|Deal/;

export interface OtherInstrumentMention {
  start: number;
  end: number;
}

/** Names of instruments the fact base does not hold, in [start, end) of `text`. */
export function findOtherInstruments(text: string, start: number, end: number): OtherInstrumentMention[] {
  const slice = text.slice(start, end);
  if (!HINT.test(slice)) return [];
  const found: OtherInstrumentMention[] = [];
  OTHER.lastIndex = 0;
  for (let m = OTHER.exec(slice); m; m = OTHER.exec(slice)) found.push({ start: start + m.index, end: start + m.index + m[0].length });
  return found;
}
