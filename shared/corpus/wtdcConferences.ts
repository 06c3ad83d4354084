/**
 * The World Telecommunication Development Conferences, by place and year: a citation
 * `Resolution N (Rev. Place, Year)` that names no body cites a WTDC resolution when its place and
 * year are one of these (the Plenipotentiary met in the same years, elsewhere). Imported editions
 * add theirs.
 */
export const WTDC_CONFERENCES: ReadonlyArray<{ place: string; year: number }> = [
  { place: 'Buenos Aires', year: 1994 },
  { place: 'Valletta', year: 1998 },
  { place: 'Istanbul', year: 2002 },
  { place: 'Doha', year: 2006 },
  { place: 'Hyderabad', year: 2010 },
  { place: 'Dubai', year: 2014 },
  { place: 'Buenos Aires', year: 2017 },
  { place: 'Kigali', year: 2022 },
  { place: 'Baku', year: 2025 },
];
