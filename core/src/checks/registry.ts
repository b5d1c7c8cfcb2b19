// One place that maps each claim kind to its check.
import type { Claim } from '../extract/claims.js';
import { isLabel } from '../extract/labelLines.js';
import type { Finding } from '../finding.js';
import { gluedToWord, tokenize } from '../text/normalize.js';
import { checkAnniversaryClaim } from './anniversaryClaims.js';
import { checkArticleContent, checkArticleCount } from './articleClaims.js';
import type { CheckContext } from './context.js';
import { checkDateClaim } from './dateClaims.js';
import { checkPartiesClaim } from './partiesClaims.js';
import { checkPlaceClaim } from './placeClaims.js';
import { checkSignatoryClaim } from './signatoryClaims.js';
import { checkStatusClaim } from './statusClaims.js';
import { checkTerm } from './termClaims.js';

export function judgeClaim(claim: Claim, ctx: CheckContext, text: string): Finding[] {
  // A value run into a word ("no longer in forceThe") was misread: no finding on half a word.
  // Except the value of an infobox label pasted without its space ("Signed14 February 1950").
  return judge(claim, ctx, text).filter((f) => !gluedToWord(text, f.start, f.end) || (afterLabel(text, f.start) && !/^[\p{L}\p{N}]/u.test(text.slice(f.end, f.end + 1))));
}

/** Whether the line up to `start` is nothing but an infobox label ("Signed", "Location"). */
function afterLabel(text: string, start: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  return isLabel(text.slice(lineStart, start).replace(/^[ \t>*_-]+/, ''));
}

function judge(claim: Claim, ctx: CheckContext, text: string): Finding[] {
  switch (claim.kind) {
    case 'date': return checkDateClaim(claim, ctx);
    case 'place': return checkPlaceClaim(claim, ctx);
    case 'signatory': return checkSignatoryClaim(claim, ctx);
    case 'parties': return checkPartiesClaim(claim, ctx);
    case 'status': return checkStatusClaim(claim, ctx);
    case 'articleCount': return checkArticleCount(claim, ctx);
    case 'term': return checkTerm(claim, ctx);
    case 'anniversary': return checkAnniversaryClaim(claim, ctx);
    case 'articleContent': {
      const words = tokenize(text.slice(claim.sentence.start, claim.article.start) + ' ' + text.slice(claim.article.end, claim.sentence.end)).map((t) => t.text);
      return checkArticleContent(claim, ctx, words);
    }
  }
}
