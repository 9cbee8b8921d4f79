/** Calendar dates as HR writes them in frontmatter: `YYYY-MM-DD` strings, compared as text. */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day written `YYYY-MM-DD`; false for 2025-02-30, 2025-1-5 or 2025/01/05. */
export function isCalendarDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

// Building an Intl formatter costs far more than using one, and every page's build asks for today.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** `2026-11-26` → `2026年11月26日`. */
export function formatDate(text: string): string {
  const match = isoDate.exec(text);
  if (!match) return text;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}
