// Cities and venues where instruments are commonly signed, so a wrong place in a brief is
// recognised even when the fact base never mentions it. Recognition vocabulary, not facts.
export const KNOWN_PLACES = [
  'Pyongyang', 'Moscow', 'Beijing', 'Peking', 'Seoul', 'Tokyo', 'Washington', 'Washington, D.C.', 'Washington DC',
  'New York', 'San Francisco', 'Geneva', 'Vienna', 'Paris', 'London', 'Berlin', 'Bonn', 'Brussels', 'Prague',
  'Helsinki', 'Minsk', 'Kyiv', 'Kiev', 'Warsaw', 'Rome', 'Madrid', 'Lisbon', 'The Hague', 'Hague', 'Stockholm', 'Oslo',
  'Copenhagen', 'Ottawa', 'Canberra', 'Wellington', 'Manila', 'Hanoi', 'Bangkok', 'Singapore', 'Jakarta', 'New Delhi',
  'Delhi', 'Islamabad', 'Tehran', 'Baghdad', 'Ankara', 'Istanbul', 'Cairo', 'Riyadh', 'Doha', 'Dubai', 'Abu Dhabi',
  'Jerusalem', 'Tel Aviv', 'Camp David', 'Panmunjom', 'Panmunjeom', 'Vladivostok', 'St Petersburg', 'St. Petersburg',
  'Saint Petersburg', 'Sochi', 'Astana', 'Tashkent', 'Ulaanbaatar', 'Shanghai', 'Hong Kong', 'Taipei', 'Osaka',
  'Busan', 'Kaesong', 'Kremlin', 'White House', 'Great Hall of the People', 'Diaoyutai State Guesthouse', 'War Memorial Opera House', 'Presidio', 'Kumsusan Palace of the Sun', 'Munsan', 'Munsan-ni', 'Yalta', 'Potsdam', 'Reykjavik', 'Malta', 'Vientiane',
  'Phnom Penh', 'Kuala Lumpur', 'Hiroshima', 'Nagasaki', 'Okinawa', 'Honolulu', 'Sunan', 'Wonsan', 'Khabarovsk',
];

/**
 * Venues inside a city: "signed in the Kremlin" agrees with a signing in Moscow. Geography,
 * not facts about any instrument (a city does not agree with a venue: that would be vaguer).
 */
export const VENUE_CITIES: ReadonlyMap<string, string> = new Map([
  ['Kremlin', 'Moscow'],
  ['White House', 'Washington'],
  ['Great Hall of the People', 'Beijing'],
  ['Diaoyutai State Guesthouse', 'Beijing'],
  ['War Memorial Opera House', 'San Francisco'],
  ['Presidio', 'San Francisco'],
  ['Kumsusan Palace of the Sun', 'Pyongyang'],
]);
