// A generated fact base of N instruments with ten names each (title, two short titles,
// seven aliases), written as YAML files valid per schema/instrument.schema.json, to
// measure load time, memory and check time as the base grows. Names are made of
// invented words so they never collide with the bundled base or each other.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'vel', 'mor', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'th', 'sk', 'nd'];
const SUBJECTS = ['Friendship', 'Mutual Assistance', 'Good-Neighbourliness', 'Maritime Boundaries', 'Fisheries', 'Trade and Navigation', 'Mutual Defence', 'Extradition', 'Cultural Cooperation', 'Nuclear Safeguards'];
const NOUNS = ['Treaty', 'Agreement', 'Convention', 'Accord', 'Protocol'];
const KINDS = ['treaty', 'agreement'];
const FORMS = ['Republic', 'Kingdom', 'Federation', 'Principality', 'Commonwealth'];

const pad = (n) => String(n).padStart(2, '0');
const yamlString = (s) => JSON.stringify(s);

function inventWord(rng) {
  let w = '';
  const syllables = rng.int(2, 3);
  for (let i = 0; i < syllables; i++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : '');
  return w[0].toUpperCase() + w.slice(1);
}

function randomIso(rng, fromYear, toYear) {
  return `${rng.int(fromYear, toYear)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

/** Writes `count` instruments under `dir/instruments/`; returns the number of names. */
export function writeFactBase(dir, count, rng, partyIds) {
  const instrumentsDir = join(dir, 'instruments');
  mkdirSync(instrumentsDir, { recursive: true });
  const used = new Set();
  // The fact index matches British and American spellings as one ("-our"/"-or", "-ence"/"-ense"),
  // so invented words must differ in that spelling-folded form too.
  const folded = (w) => w.toLowerCase().replace(/our/g, 'or').replace(/ence$/, 'ense').replace(/isation/, 'ization');
  const unique = () => {
    for (;;) {
      const w = inventWord(rng);
      if (!used.has(folded(w))) {
        used.add(folded(w));
        return w;
      }
    }
  };
  let names = 0;
  for (let n = 1; n <= count; n++) {
    const a = unique();
    const b = unique();
    const subject = rng.pick(SUBJECTS);
    const noun = rng.pick(NOUNS);
    const signed = randomIso(rng, 1850, 2020);
    const year = Number(signed.slice(0, 4));
    const inForce = `${year + rng.int(0, 2)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const partyA = rng.pick(partyIds);
    let partyB = rng.pick(partyIds);
    if (partyB === partyA) partyB = partyIds[(partyIds.indexOf(partyA) + 1) % partyIds.length];
    const id = `gen-${a.toLowerCase()}-${b.toLowerCase()}-${year}`;
    const title = `${noun} of ${subject} between the ${rng.pick(FORMS)} of ${a} and the ${rng.pick(FORMS)} of ${b}`;
    const shortTitles = [`${a}–${b} ${noun}`, `${a} ${subject} ${noun}`];
    const aliases = [
      `${b}–${a} ${noun}`,
      `${noun} of ${a}`,
      `${a} ${noun} of ${year}`,
      `${year} ${a}–${b} ${subject} ${noun}`,
      `${a} Pact`,
      `${a}–${b} Accord on ${subject}`,
      `${b} ${a} Framework`,
    ];
    names += 1 + shortTitles.length + aliases.length;
    const sources = ['depositary', 'gazette'];
    const yaml = `id: ${id}
title: ${yamlString(title)}
shortTitles:
${shortTitles.map((s) => `  - ${yamlString(s)}`).join('\n')}
aliases:
${aliases.map((s) => `  - ${yamlString(s)}`).join('\n')}
descriptors:
  - {noun: treaty, year: ${year}, qualifiers: [${subject.split(/[ -]/)[0].toLowerCase()}]}
kind: ${rng.pick(KINDS)}
summary: ${yamlString(`Generated ${subject.toLowerCase()} instrument between ${a} and ${b}, signed in ${b} City in ${year}.`)}
parties:
  value: [${partyA}, ${partyB}]
  sources: [depositary]
signed:
  date: {value: "${signed}", sources: [depositary, gazette]}
  place: {value: ${yamlString(`${b} City`)}, sources: [depositary]}
entryIntoForce:
  date: {value: "${inForce}", sources: [gazette]}
articleCount: {value: ${rng.int(5, 60)}, sources: [depositary]}
status:
  - status: signed
    from: {value: "${signed}", sources: [depositary]}
    sources: [depositary]
sources:
${sources.map((s) => `  ${s}: {url: "https://${s}.example.org/${id}", title: ${yamlString(`${s} record of the ${a}–${b} ${noun}`)}}`).join('\n')}
`;
    writeFileSync(join(instrumentsDir, `${id}.yaml`), yaml);
  }
  return names;
}
