// Month names as regular-expression alternatives, shared by every pattern that reads a date.

/** "January|…|December". */
export const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Abbreviations with an optional full stop: "Jan.", "Sept.", "Dec". */
export const MONTH_ABBREVIATION = String.raw`Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
