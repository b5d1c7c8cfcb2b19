// Judges article counts and what a numbered article says.
import { DiagnosticCode } from '../codes.js';
import type { Claim } from '../extract/claims.js';
import { canonicalArticleNumber, numberToRoman } from '../extract/numbers.js';
import type { Article } from '../facts/types.js';
import type { Finding } from '../finding.js';
import { nameKey } from '../text/normalize.js';
import { firstSource, type CheckContext } from './context.js';
import { displayName } from './naming.js';
import { wrongNumber } from './wrongNumber.js';

type CountClaim = Extract<Claim, { kind: 'articleCount' }>;
type ContentClaim = Extract<Claim, { kind: 'articleContent' }>;

export function checkArticleCount(claim: CountClaim, ctx: CheckContext): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  const fact = instrument?.articleCount;
  if (!instrument || !fact) return [];
  const base = { start: claim.count.numberSpan.start, end: claim.count.numberSpan.end, instrument: instrument.id };
  // A count the sources never gave: nothing to say about the brief's.
  if (fact.value === undefined && !fact.readings?.length) return [];
  if (fact.status !== undefined || fact.value === undefined) {
    const readings = fact.readings?.map((r) => r.value).join(' or ') ?? (fact.value !== undefined ? `${fact.value}, from a single source` : 'unknown');
    return [{ ...base, code: DiagnosticCode.disputed, severity: 'information', message: `The number of articles of the ${displayName(instrument)} is not settled in the fact base (${readings}).`, fixes: [] }];
  }
  if (fact.value === claim.count.count) return [];
  const message = `The ${displayName(instrument)} has ${fact.value} articles, not ${claim.count.count}.`;
  return [wrongNumber(base, DiagnosticCode.articleCount, message, fact.value, claim.text, firstSource(instrument, fact.sources))];
}

function mentions(sentence: string[], keyword: string): boolean {
  const words = nameKey(keyword);
  if (words.length === 0) return false;
  // A keyword word matches its plural or inflected form ("assistance" / "assist"), and up to
  // two words may stand between ("military and other assistance" has "military assistance").
  const same = (w: string, k: string) => w === k || (w.startsWith(k) && w.length - k.length <= 2);
  for (let i = 0; i < sentence.length; i++) {
    if (!same(sentence[i], words[0])) continue;
    let at = i;
    let ok = true;
    for (let j = 1; j < words.length && ok; j++) {
      let k = at + 1;
      while (k < sentence.length && k - at <= 3 && !same(sentence[k], words[j])) k++;
      if (k < sentence.length && k - at <= 3) at = k;
      else ok = false;
    }
    if (ok) return true;
  }
  return false;
}

export function checkArticleContent(claim: ContentClaim, ctx: CheckContext, sentenceWords: string[]): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  const articles = instrument?.articles?.filter((a) => a.status === undefined && (a.keywords?.length ?? 0) > 0) ?? [];
  if (!instrument || articles.length === 0) return [];
  const claimed = articles.find((a) => canonicalArticleNumber(a.number) === claim.article.number);
  if (!claimed) return [];
  const matches = (a: Article) => (a.keywords ?? []).some((k) => mentions(sentenceWords, k));
  if (matches(claimed)) return [];
  const others = articles.filter((a) => a !== claimed && matches(a));
  if (others.length !== 1) return [];
  const right = others[0];
  const number = canonicalArticleNumber(right.number).replace(/\(.*$/, '');
  const newText = claim.article.roman && /^\d+$/.test(number) ? numberToRoman(Number(number)) : number;
  const source = firstSource(instrument, right.sources);
  return [{
    start: claim.article.numberSpan.start, end: claim.article.numberSpan.end, instrument: instrument.id,
    code: DiagnosticCode.articleContent,
    severity: 'error',
    message: `In the ${displayName(instrument)}, ${right.topic} is Article ${right.number}; Article ${claimed.number} covers ${claimed.topic}.${source ? ` Source: ${source.title}.` : ''}`,
    expected: `Article ${right.number}`,
    fixes: [{ title: `Change to "Article ${newText}"`, edits: [{ start: claim.article.numberSpan.start, end: claim.article.numberSpan.end, newText }] }],
    source,
  }];
}
