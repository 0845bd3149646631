import { escapeXml } from '../chairing/charts';

/** The statuses a day's bar stacks, bottom first, each with its words and colour. */
export const STATUS_SERIES = [
  { key: 'eligible', text: 'Eligible', colour: '#006747' },
  { key: 'submitted', text: 'Submitted, not screened', colour: '#005eb8' },
  { key: 'ineligible', text: 'Ineligible', colour: '#7c2855' },
  { key: 'draft', text: 'Draft', colour: '#425563' },
  { key: 'withdrawn', text: 'Withdrawn', colour: '#768692' },
] as const;

export type StatusKey = (typeof STATUS_SERIES)[number]['key'];

export interface DayBar {
  /** The day in words, for the description. */
  label: string;
  /** The day short, under the bar ("1 Mar"). */
  short: string;
  counts: Record<StatusKey, number>;
}

const INK = '#212b32';
const GRID = '#768692';
const FONT = 'font-family="Frutiger W01, Arial, sans-serif"';

/**
 * Nominations per day as stacked bars, drawn on the server (no script). Every colour is at
 * least 3:1 against white and segments are parted by a white line, the legend names each
 * colour in words, each bar carries its total in text, and the description (and the table
 * beside it) gives every figure, so colour never carries meaning alone.
 */
export function nominationsChart(bars: DayBar[], id = 'nominations-chart'): string {
  const width = 720;
  const left = 44;
  const right = width - 10;
  const top = 30 + 22 * Math.ceil(STATUS_SERIES.length / 3);
  const plot = 200;
  const height = top + plot + 40;
  const total = (b: DayBar) => STATUS_SERIES.reduce((sum, s) => sum + b.counts[s.key], 0);
  const max = Math.max(1, ...bars.map(total));
  const step = Math.ceil(max / 4);
  const ceiling = step * 4;
  const y = (n: number) => top + plot - (plot * n) / ceiling;
  const slot = (right - left) / Math.max(bars.length, 1);
  const barWidth = Math.max(Math.min(slot * 0.7, 48), 2);
  const labelEvery = Math.ceil(bars.length / 12);
  const summary = bars.length
    ? bars
        .map((b) => {
          const parts = STATUS_SERIES.filter((s) => b.counts[s.key] > 0).map(
            (s) => `${s.text.toLowerCase()} ${b.counts[s.key]}`,
          );
          return `${b.label}: ${total(b)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
        })
        .join('; ')
    : 'No nominations yet';
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%">`,
    `<title id="${id}-title">Nominations per day, stacked by their status now</title>`,
    `<desc id="${id}-desc">${escapeXml(summary)}.</desc>`,
  ];
  STATUS_SERIES.forEach((s, i) => {
    const lx = left + (i % 3) * 220;
    const ly = 14 + 22 * Math.floor(i / 3);
    parts.push(
      `<rect x="${lx}" y="${ly - 11}" width="14" height="14" fill="${s.colour}"/>`,
      `<text x="${lx + 20}" y="${ly + 1}" ${FONT} font-size="13" fill="${INK}">${escapeXml(s.text)}</text>`,
    );
  });
  for (let tick = 0; tick <= ceiling; tick += step) {
    parts.push(
      `<line x1="${left}" y1="${y(tick)}" x2="${right}" y2="${y(tick)}" stroke="${GRID}" stroke-width="1" stroke-dasharray="2 3"/>`,
      `<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end" ${FONT} font-size="12" fill="${INK}">${tick}</text>`,
    );
  }
  bars.forEach((b, i) => {
    const x = left + slot * i + (slot - barWidth) / 2;
    let base = 0;
    for (const s of STATUS_SERIES) {
      const n = b.counts[s.key];
      if (n === 0) continue;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y(base + n).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(base) - y(base + n)).toFixed(1)}" fill="${s.colour}" stroke="#ffffff" stroke-width="1"/>`,
      );
      base += n;
    }
    const cx = (x + barWidth / 2).toFixed(1);
    if (base > 0)
      parts.push(
        `<text x="${cx}" y="${(y(base) - 4).toFixed(1)}" text-anchor="middle" ${FONT} font-size="12" fill="${INK}">${base}</text>`,
      );
    if (i % labelEvery === 0)
      parts.push(
        `<text x="${cx}" y="${top + plot + 18}" text-anchor="middle" ${FONT} font-size="12" fill="${INK}">${escapeXml(b.short)}</text>`,
      );
  });
  parts.push(`<line x1="${left}" y1="${y(0)}" x2="${right}" y2="${y(0)}" stroke="${INK}" stroke-width="1"/>`, '</svg>');
  return parts.join('');
}
