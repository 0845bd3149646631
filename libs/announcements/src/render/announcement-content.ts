import { escapeHtml, htmlPage } from '@commend/core';
import {
  AWARD_LABEL,
  AWARD_RANK,
  type AwardKind,
  formatLongDate,
  isoDate,
  paragraphs,
  wrapColumns,
} from './render-text';

export interface AnnouncedAward {
  kind: AwardKind;
  /** The person, or the team's name; null when a person did not consent to publicity. */
  nomineeName: string | null;
  /** The nominee's team or service; for a team nomination, its service. */
  team: string | null;
  citation: string;
}

export interface AnnouncedCategory {
  name: string;
  awards: AnnouncedAward[];
}

export interface AnnouncementInput {
  programmeName: string;
  publishedAt: Date;
  timeZone: string;
  categories: AnnouncedCategory[];
}

export const NO_AWARD = 'No award was made in this category.';
const NO_CATEGORIES = 'No awards have been announced.';

/** Plain-text line width: fits an e-mail client without its own re-wrapping. */
const TEXT_WIDTH = 72;
const CITATION_INDENT = '  ';

const present = (value: string | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * Who the award went to, as it may be published. Without consent the person is not named, but
 * their team still gets the credit.
 */
export function announcedName(award: Pick<AnnouncedAward, 'nomineeName' | 'team'>): string {
  const name = present(award.nomineeName);
  const team = present(award.team);
  if (name) return team ? `${name}, ${team}` : name;
  return team ? `A colleague in ${team}` : 'A colleague';
}

/** Winners first, then runners-up, then commendations; ties keep their given order. */
export function orderAwards(awards: readonly AnnouncedAward[]): AnnouncedAward[] {
  return [...awards].sort((a, b) => AWARD_RANK[a.kind] - AWARD_RANK[b.kind]);
}

export function renderAnnouncement(input: AnnouncementInput): { html: string; text: string } {
  return { html: renderHtml(input), text: renderText(input) };
}

const STYLE = [
  'body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#212b32;background:#fff;margin:0}',
  'main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}',
  'h2{margin-top:2rem;border-bottom:1px solid #d8dde0}',
  // Keep the bullets: some screen readers stop announcing a list without them.
  'ul{padding-left:1.25rem}',
  'li{margin-bottom:1.25rem}',
  '.citation{margin:0.25rem 0 0;padding-left:1rem;border-left:4px solid #d8dde0}',
].join('');

function renderHtml(input: AnnouncementInput): string {
  const date = `<time datetime="${escapeHtml(isoDate(input.publishedAt, input.timeZone))}">${escapeHtml(
    formatLongDate(input.publishedAt, input.timeZone),
  )}</time>`;
  const sections = input.categories.map((category, i) => renderHtmlCategory(category, `category-${i + 1}`));
  return htmlPage({
    title: `${input.programmeName} — winners`,
    style: STYLE,
    body: [`<p>Announced ${date}</p>`, ...(sections.length ? sections : [`<p>${escapeHtml(NO_CATEGORIES)}</p>`])],
  });
}

function renderHtmlCategory(category: AnnouncedCategory, id: string): string {
  const heading = `<h2 id="${id}">${escapeHtml(category.name)}</h2>`;
  const awards = orderAwards(category.awards);
  const body = awards.length
    ? ['<ul>', ...awards.map(renderHtmlAward), '</ul>'].join('\n')
    : `<p>${escapeHtml(NO_AWARD)}</p>`;
  return [`<section aria-labelledby="${id}">`, heading, body, '</section>'].join('\n');
}

function renderHtmlAward(award: AnnouncedAward): string {
  const who = `<p><strong>${escapeHtml(AWARD_LABEL[award.kind])}:</strong> ${escapeHtml(announcedName(award))}</p>`;
  const citation = paragraphs(award.citation)
    .map((p) => `<p class="citation">${escapeHtml(p)}</p>`)
    .join('\n');
  return ['<li>', who, citation, '</li>'].filter(Boolean).join('\n');
}

function renderText(input: AnnouncementInput): string {
  const lines: string[] = [
    ...wrapColumns(`${input.programmeName} — winners`, TEXT_WIDTH),
    `Announced ${formatLongDate(input.publishedAt, input.timeZone)}`,
  ];
  if (!input.categories.length) lines.push('', NO_CATEGORIES);
  for (const category of input.categories) {
    const heading = wrapColumns(category.name, TEXT_WIDTH);
    const underline = '-'.repeat(Math.max(...heading.map((l) => [...l].length), 1));
    lines.push('', '', ...heading, underline);
    const awards = orderAwards(category.awards);
    if (!awards.length) lines.push('', NO_AWARD);
    for (const award of awards) {
      lines.push('', ...wrapColumns(`${AWARD_LABEL[award.kind]}: ${announcedName(award)}`, TEXT_WIDTH));
      paragraphs(award.citation).forEach((p, i) => {
        if (i > 0) lines.push('');
        const wrapped = wrapColumns(p, TEXT_WIDTH - CITATION_INDENT.length);
        lines.push(...wrapped.map((l) => CITATION_INDENT + l));
      });
    }
  }
  return lines.join('\n') + '\n';
}
