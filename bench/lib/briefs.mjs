// Generated briefs: sample sentences mixed with generated prose that is dense in treaty
// mentions (real aliases), right and wrong dates, distractor dates, headings, lists, a
// GFM table, blockquotes, links and bare URLs. Deterministic for a given PRNG.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const CITIES = ['Geneva', 'Vienna', 'Singapore', 'Jakarta', 'Ulaanbaatar', 'Helsinki', 'Canberra', 'Hanoi', 'Manila', 'Vladivostok', 'Busan', 'Osaka'];
const SUBJECTS = ['Analysts', 'Officials in the region', 'Several think tanks', 'The working group', 'Observers in Seoul', 'Diplomats', 'Defence planners', 'Parliamentary staff', 'The intelligence community', 'Regional experts'];
const VERBS = ['noted', 'argued', 'warned', 'suggested', 'concluded', 'pointed out', 'assessed', 'reported'];
const CLAUSES = [
  'the security environment has shifted markedly over the past decade',
  'deterrence depends on commitments that adversaries find credible',
  'economic pressure alone has rarely changed the regime’s behaviour',
  'joint exercises were scaled back and then resumed at a larger size',
  'some 28,500 troops remain stationed on the peninsula',
  'missile tests rose sharply after the collapse of the talks',
  'the sanctions regime is enforced unevenly by neighbouring states',
  'shipping data show a steady rise in ship-to-ship transfers',
  'the alliance managers meet twice a year at the deputy level',
  'public opinion in both capitals remains divided on extended deterrence',
  'the budget for the next fiscal year adds 4.2 per cent for missile defence',
  'trade through the border crossings has recovered to pre-2020 levels',
];
const TOPICS = ['Background', 'Key findings', 'Chronology', 'Legal commitments', 'Ratification', 'Implications', 'Sanctions', 'Arms control', 'Alliance management', 'Outlook', 'Watch points', 'Annex'];
const LINK_TEXTS = ['the depositary record', 'the full text', 'the official summary', 'an earlier brief', 'the press release', 'the committee report'];
const HOSTS = ['treaties.un.org', 'www.state.gov', 'www.mofa.go.kr', 'www.mid.ru', 'kcnawatch.org', 'www.un.org', 'www.congress.gov'];

function pad(n) {
  return String(n).padStart(2, '0');
}

function formatDate(rng, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return rng.weighted([
    [5, () => `${d} ${MONTHS[m - 1]} ${y}`],
    [4, () => `${MONTHS[m - 1]} ${d}, ${y}`],
    [1, () => `${SHORT_MONTHS[m - 1]} ${d}, ${y}`],
    [1, () => `${y}-${pad(m)}-${pad(d)}`],
  ])();
}

function randomIso(rng, fromYear = 1945, toYear = 2025) {
  return `${rng.int(fromYear, toYear)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

/** A nearby but wrong date: another day, month or year. */
function wrongIso(rng, iso) {
  let [y, m, d] = iso.split('-').map(Number);
  const which = rng.int(0, 2);
  if (which === 0) d = ((d - 1 + rng.int(1, 26)) % 28) + 1;
  else if (which === 1) m = ((m - 1 + rng.int(1, 11)) % 12) + 1;
  else y += rng.pick([-2, -1, 1, 2]);
  return `${y}-${pad(m)}-${pad(d)}`;
}

function url(rng) {
  return `https://${rng.pick(HOSTS)}/${rng.pick(['doc', 'pages', 'news', 'en/press'])}/${rng.int(1000, 999999)}${rng.chance(0.3) ? `?id=${rng.int(1, 9999)}&lang=en` : ''}`;
}

export function createBriefWriter(rng, material) {
  const { sentences, instruments, parties } = material;
  const signedOnes = instruments.filter((i) => i.signed);
  const inForceOnes = instruments.filter((i) => i.entryIntoForce);
  const counted = instruments.filter((i) => Number.isInteger(i.articleCount));
  const name = (i) => rng.pick(i.names);
  const date = (iso) => formatDate(rng, iso);
  const maybeWrong = (iso, pWrong) => (rng.chance(pWrong) ? wrongIso(rng, iso) : iso);

  const filler = () => {
    let s = `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} that ${rng.pick(CLAUSES)}`;
    if (rng.chance(0.25)) s += `, as ${rng.pick(LINK_TEXTS)} [shows](${url(rng)})`;
    else if (rng.chance(0.15)) s += ` (see ${url(rng)})`;
    return `${s}.`;
  };

  const claim = () => rng.weighted([
    [4, () => {
      const i = rng.pick(signedOnes);
      const where = i.place && rng.chance(0.6) ? ` in ${i.place}` : '';
      return rng.weighted([
        [3, () => `The ${name(i)} was signed${where} on ${date(maybeWrong(i.signed, 0.4))}.`],
        [2, () => `${rng.pick(parties)} and ${rng.pick(parties)} signed the ${name(i)}${where} on ${date(maybeWrong(i.signed, 0.4))}, ${rng.pick(['after months of talks', 'during a state visit', 'at a short ceremony', 'without public debate'])}.`],
        [1, () => `Signed on ${date(maybeWrong(i.signed, 0.4))}, the ${name(i)} ${rng.pick(['remains a reference point', 'set the pattern for later agreements', 'is often misdated in the press'])}.`],
      ])();
    }],
    [2, () => {
      const i = rng.pick(inForceOnes);
      return `The ${name(i)} entered into force on ${date(maybeWrong(i.entryIntoForce, 0.4))}${rng.chance(0.4) ? `, ${rng.pick(['and remains in force', 'after the exchange of instruments', 'over strong objections'])}` : ''}.`;
    }],
    [1, () => {
      const i = rng.pick(counted);
      const n = rng.chance(0.6) ? i.articleCount : i.articleCount + rng.pick([-2, -1, 1, 3]);
      return `The ${name(i)} has ${n} articles${rng.chance(0.5) ? ' and a preamble' : ''}.`;
    }],
    [3, () => {
      const i = rng.pick(instruments);
      return rng.weighted([
        [2, () => `On ${date(randomIso(rng))}, officials from ${rng.pick(parties)} met in ${rng.pick(CITIES)} to review the ${name(i)}.`],
        [2, () => `The ${name(i)} was discussed at a seminar held on ${date(randomIso(rng, 1990, 2025))}.`],
        [1, () => `A ${date(randomIso(rng, 2000, 2025))} press conference mentioned the ${name(i)} only in passing.`],
        [1, () => `${rng.pick(parties)}'s foreign ministry issued a statement on ${date(randomIso(rng))} about fishing rights, not about the ${name(i)}.`],
      ])();
    }],
  ])();

  const sentence = () => rng.weighted([
    [4, () => rng.pick(sentences)],
    [4, claim],
    [3, filler],
  ])();

  const paragraph = () => Array.from({ length: rng.int(3, 6) }, sentence).join(' ');
  const list = () => {
    const ordered = rng.chance(0.3);
    return Array.from({ length: rng.int(3, 6) }, (_, k) => `${ordered ? `${k + 1}.` : '-'} ${rng.chance(0.3) ? `**${rng.pick(TOPICS)}:** ` : ''}${rng.chance(0.7) ? claim() : sentence()}`).join('\n');
  };
  const table = () => {
    const rows = Array.from({ length: rng.int(4, 8) }, () => {
      const i = rng.pick(signedOnes);
      return `| ${name(i)} | ${date(maybeWrong(i.signed, 0.3))} | ${i.place ?? '—'} | ${i.entryIntoForce ? date(maybeWrong(i.entryIntoForce, 0.3)) : 'not in force'} |`;
    });
    return ['| Instrument | Signed | Place | In force |', '| --- | --- | --- | --- |', ...rows].join('\n');
  };
  const quote = () => `> ${rng.pick(sentences)}`;

  let section = 0;
  /** A brief of at least `words` words (and `bytes` UTF-8 bytes), ending at a block boundary. */
  const brief = (words, { title = 'Generated brief', bytes = 0 } = {}) => {
    const blocks = [`# ${title}`, `**Prepared for:** Northeast Asia working group  \n**Sources:** ${url(rng)}`];
    let count = 0;
    let sinceHeading = Infinity;
    let sinceTable = 0;
    let tables = 0;
    let size = 0;
    while (count < words || size < bytes) {
      let block;
      if (sinceHeading > 250 && rng.chance(0.5)) {
        block = `${rng.chance(0.7) ? '##' : '###'} ${rng.pick(TOPICS)} ${++section}`;
        sinceHeading = 0;
      } else if (sinceTable > 2000 || (tables === 0 && count >= Math.min(words * 0.4, 800))) {
        block = table();
        sinceTable = 0;
        tables++;
      } else {
        block = rng.weighted([[6, paragraph], [2, list], [1, quote]])();
      }
      const n = block.split(/\s+/).filter(Boolean).length;
      count += n;
      sinceHeading += n;
      sinceTable += n;
      size += Buffer.byteLength(block) + 2;
      blocks.push(block);
    }
    return `${blocks.join('\n\n')}\n`;
  };
  return { brief };
}

export function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}
