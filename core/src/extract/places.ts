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
  // Other capitals and summit cities (no name that is also a common word: "Nice", "Split", "Mobile").
  'Bratislava', 'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Ljubljana', 'Athens', 'Dublin', 'Amsterdam',
  'Luxembourg', 'Bern', 'Zurich', 'Lausanne', 'Strasbourg', 'Frankfurt', 'Munich', 'Hamburg', 'Versailles', 'Vilnius',
  'Riga', 'Tallinn', 'Chisinau', 'Tbilisi', 'Yerevan', 'Baku', 'Almaty', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Kabul',
  'Karachi', 'Mumbai', 'Dhaka', 'Colombo', 'Kathmandu', 'Yangon', 'Rangoon', 'Naypyidaw', 'Nanjing', 'Guangzhou',
  'Harbin', 'Dalian', 'Shenyang', 'Kyoto', 'Yokohama', 'Nagoya', 'Sapporo', 'Incheon', 'Gwangju', 'Daegu', 'Jeju',
  'Sinuiju', 'Rason', 'Hamhung', 'Chongjin', 'Kaliningrad', 'Yekaterinburg', 'Novosibirsk', 'Irkutsk', 'Murmansk',
  'Damascus', 'Beirut', 'Amman', 'Muscat', 'Kuwait City', 'Manama', 'Algiers', 'Tunis', 'Rabat', 'Khartoum', 'Nairobi',
  'Addis Ababa', 'Pretoria', 'Johannesburg', 'Abuja', 'Montreal', 'Toronto', 'Vancouver', 'Sydney', 'Melbourne',
  'Auckland', 'Ho Chi Minh City', 'Saigon', 'Mexico City', 'Havana', 'Brasilia', 'Rio de Janeiro', 'Buenos Aires',
  'Santiago', 'Bogota', 'Caracas', 'Chicago', 'Boston', 'Philadelphia', 'Los Angeles', 'Annapolis', 'Monterey', 'Anchorage',
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
