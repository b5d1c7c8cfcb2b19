// Numbers as briefs write them: digits, words ("twenty-three") and Roman numerals ("IV").

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const NUMBER_WORD = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

export function parseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const word = text.toLowerCase().replace(/\s+/, '-');
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  const [tens, ones] = word.split('-');
  const t = TENS.indexOf(tens);
  if (t < 2) return undefined;
  if (ones === undefined) return t * 10;
  const o = UNITS.indexOf(ones);
  return o > 0 && o < 10 ? t * 10 + o : undefined;
}

/** Writes `n` the way `original` was written: digits, or words in the same case. */
export function renderNumberLike(n: number, original: string): string {
  if (/^\d+$/.test(original)) return String(n);
  let words = n < 20 ? UNITS[n] : TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : '');
  if (/^[A-Z]/.test(original)) words = words[0].toUpperCase() + words.slice(1);
  return words;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanToNumber(text: string): number | undefined {
  const s = text.toLowerCase();
  if (!/^[ivxlc]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}

export function numberToRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

/** "4", "IV", "IX(3)" → "4", "4", "9(3)": one spelling for comparing article numbers. */
export function canonicalArticleNumber(text: string): string {
  const m = /^([0-9]+|[IVXLCivxlc]+)(.*)$/.exec(text.trim());
  if (!m) return text.trim().toLowerCase();
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : romanToNumber(m[1]);
  return `${n ?? m[1]}${m[2].replace(/\s+/g, '').toLowerCase()}`;
}
