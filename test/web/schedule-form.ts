import type { Page } from 'playwright-core';

const ZONE = 'Europe/London';

/** The wall-clock parts of a moment in London, as the form's fields take them. */
export function london(ms: number): { day: string; month: string; year: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return {
    day: String(Number(parts.day)),
    month: String(Number(parts.month)),
    year: parts.year,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

/** Fills the announcement page's date input and time field. */
export async function fillSchedule(page: Page, when: { day: string; month: string; year: string; time: string }) {
  const date = page.getByRole('group', { name: 'Date of the announcement' });
  await date.getByLabel('Day').fill(when.day);
  await date.getByLabel('Month').fill(when.month);
  await date.getByLabel('Year').fill(when.year);
  await page.getByLabel('Time', { exact: true }).fill(when.time);
}
