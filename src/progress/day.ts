/** Local calendar days: the study day rolls over at local midnight (the machine's time zone). */

export function startOfLocalDay(at: Date | number): Date {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function nextLocalMidnight(at: Date | number): Date {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
}

/** "YYYY-MM-DD" of the local day `at` falls on. */
export function localDayKey(at: Date | number): string {
  const d = new Date(at);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local day before the one `at` falls on (its start). */
export function previousLocalDay(at: Date | number): Date {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1);
}
