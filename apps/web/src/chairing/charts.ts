/**
 * The results page's pictures, drawn on the server as SVG: no script, they print, and each is
 * one image to assistive technology (role="img" with a title and description naming the
 * figures) with the same numbers in a table beside it. Colour never carries meaning alone: every
 * bar and marker has its number or label in text.
 */

/** NHS.UK blue and plum: both over 7:1 against white, so bars and the text on them read. */
const ABOVE = '#005eb8';
const BELOW = '#7c2855';
const INK = '#212b32';
const GRID = '#768692';

const FONT = 'font-family="Frutiger W01, Arial, sans-serif"';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A signed figure as people read it: "+6.20", "−3.10" (a real minus sign), "0.00". */
export function signed(n: number, dp = 2): string {
  const fixed = Math.abs(n).toFixed(dp);
  if (Number(fixed) === 0) return (0).toFixed(dp);
  return `${n > 0 ? '+' : '−'}${fixed}`;
}

export interface LeniencyBar {
  name: string;
  /** Points above (positive) or below the other judges on the same nominations; null: too few to say. */
  leniency: number | null;
}

/** How a judge's leniency reads in words, in the chart's description and the table. */
export function leniencyWords(leniency: number | null): string {
  if (leniency === null) return 'not enough scorecards to compare';
  if (Number(Math.abs(leniency).toFixed(2)) === 0) return 'the same as the other judges';
  return `${Math.abs(leniency).toFixed(2)} points ${leniency > 0 ? 'above' : 'below'} the other judges`;
}

/** A diverging bar chart: each judge's bar goes right (above the others) or left (below) from 0. */
export function leniencyChart(bars: LeniencyBar[], id = 'leniency-chart'): string {
  const width = 720;
  const row = 34;
  const top = 30;
  const labelWidth = 200;
  const centre = labelWidth + (width - labelWidth) / 2;
  const half = (width - labelWidth) / 2 - 90;
  const extent = Math.max(10, ...bars.map((b) => Math.abs(b.leniency ?? 0)));
  const height = top + row * Math.max(bars.length, 1) + 24;
  const summary = bars.length
    ? bars.map((b) => `${b.name}: ${leniencyWords(b.leniency)}`).join('; ')
    : 'No judge has submitted a scorecard yet';
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%">`,
    `<title id="${id}-title">Leniency of each judge: points above or below the other judges on the same nominations</title>`,
    `<desc id="${id}-desc">${escapeXml(summary)}.</desc>`,
    `<text x="${centre - 8}" y="18" text-anchor="end" ${FONT} font-size="13" fill="${INK}">← below the others</text>`,
    `<text x="${centre + 8}" y="18" ${FONT} font-size="13" fill="${INK}">above the others →</text>`,
    `<line x1="${centre}" y1="${top - 6}" x2="${centre}" y2="${height - 18}" stroke="${GRID}" stroke-width="2"/>`,
    `<text x="${centre}" y="${height - 4}" text-anchor="middle" ${FONT} font-size="12" fill="${INK}">0</text>`,
  ];
  bars.forEach((b, i) => {
    const y = top + i * row;
    parts.push(
      `<text x="${labelWidth - 10}" y="${y + 20}" text-anchor="end" ${FONT} font-size="14" fill="${INK}">${escapeXml(b.name)}</text>`,
    );
    if (b.leniency === null) {
      parts.push(
        `<text x="${centre + 8}" y="${y + 20}" ${FONT} font-size="13" fill="${INK}">not enough scorecards</text>`,
      );
      return;
    }
    const length = Math.max((Math.abs(b.leniency) / extent) * half, 1);
    const right = b.leniency >= 0;
    const x = right ? centre : centre - length;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${y + 6}" width="${length.toFixed(1)}" height="20" fill="${right ? ABOVE : BELOW}"/>`,
      `<text x="${(right ? centre + length + 6 : centre - length - 6).toFixed(1)}" y="${y + 21}" text-anchor="${right ? 'start' : 'end'}" ${FONT} font-size="13" fill="${INK}">${signed(b.leniency)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface ScoresRow {
  reference: string;
  /** The mean over judges, drawn as a line. */
  weightedScore: number | null;
  /** Each judge's number (from the key) and their scorecard's weighted percentage. */
  scores: { judge: number; weightedScore: number }[];
}

/**
 * A dot plot: a row per nomination on a 0–100% axis, a numbered marker per judge at their
 * scorecard's percentage (the number names the judge in the key), a black line at the mean.
 */
export function scoresChart(rows: ScoresRow[], caption: string, id = 'scores-chart'): string {
  const width = 720;
  const row = 30;
  const top = 34;
  const left = 150;
  const right = width - 30;
  const x = (pct: number) => left + ((right - left) * Math.min(Math.max(pct, 0), 100)) / 100;
  const height = top + row * Math.max(rows.length, 1) + 10;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%">`,
    `<title id="${id}-title">${escapeXml(caption)}</title>`,
    `<desc id="${id}-desc">${escapeXml(
      rows.length
        ? `For each of ${rows.length} nominations, a numbered marker per judge at the weighted score that judge gave (0 to 100%), and a line at the mean. ` +
            rows
              .map(
                (r) =>
                  `${r.reference}: ${r.scores.length ? r.scores.map((s) => `judge ${s.judge} ${s.weightedScore.toFixed(2)}%`).join(', ') : 'no scorecards yet'}`,
              )
              .join('; ')
        : 'No nominations to show',
    )}.</desc>`,
  ];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${x(tick)}" y1="${top - 8}" x2="${x(tick)}" y2="${height - 6}" stroke="${GRID}" stroke-width="1" stroke-dasharray="2 3"/>`,
      `<text x="${x(tick)}" y="18" text-anchor="middle" ${FONT} font-size="12" fill="${INK}">${tick}%</text>`,
    );
  }
  rows.forEach((r, i) => {
    const cy = top + i * row + row / 2;
    parts.push(
      `<text x="${left - 12}" y="${cy + 5}" text-anchor="end" ${FONT} font-size="13" fill="${INK}">${escapeXml(r.reference)}</text>`,
    );
    if (r.weightedScore !== null) {
      const mx = x(r.weightedScore).toFixed(1);
      parts.push(`<line x1="${mx}" y1="${cy - 13}" x2="${mx}" y2="${cy + 13}" stroke="${INK}" stroke-width="3"/>`);
    }
    for (const s of r.scores) {
      const cx = x(s.weightedScore).toFixed(1);
      parts.push(
        `<circle cx="${cx}" cy="${cy}" r="9" fill="${ABOVE}" stroke="#ffffff" stroke-width="1"/>`,
        `<text x="${cx}" y="${cy + 4}" text-anchor="middle" ${FONT} font-size="11" font-weight="bold" fill="#ffffff">${s.judge}</text>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('');
}
