/**
 * A moment as a person reads it, in the programme's time zone: "Friday 17 March 2027 at
 * 5pm", "… at 5:30pm", "… at midday", "… at midnight" (the GOV.UK style for times).
 */
export function formatDateTime(value: string | Date, timeZone: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const hour = Number(parts.hour);
  const minute = parts.minute;
  let time: string;
  if (hour === 0 && minute === '00') time = 'midnight';
  else if (hour === 12 && minute === '00') time = 'midday';
  else {
    const twelve = hour % 12 === 0 ? 12 : hour % 12;
    time = `${twelve}${minute === '00' ? '' : `:${minute}`}${hour < 12 ? 'am' : 'pm'}`;
  }
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${time}`;
}
