// A date set between a verb and its object: "signed on Aug. 30, 1951, the Mutual Defense
// Treaty". Up to 30 characters after "on", no sentence or clause break (an abbreviation's
// full stop before a number is allowed), a year after a comma, and the closing comma.
export const DATE_ASIDE = String.raw`on\s+(?:[^.;,]|\.(?=\s+\d)){3,30}(?:,\s*\d{4})?,`;
