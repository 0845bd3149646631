import { escapeHtml } from '@commend/core';
export interface Message {
  subject: string;
  text: string;
  html: string;
}

/**
 * One e-mail in plain text and simple HTML from the same paragraphs: a greeting, what
 * happened, what (if anything) to do, and a link. Every value is escaped in the HTML.
 */
export function message(input: {
  subject: string;
  greeting: string;
  paragraphs: string[];
  link?: { text: string; url: string };
  programme: string;
}): Message {
  const { subject, greeting, paragraphs, link, programme } = input;
  const footer = `${programme} — sent by Commend. Please do not reply to this e-mail.`;
  const text = [
    greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...(link ? [`${link.text}: ${link.url}`, ''] : []),
    footer,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    link ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.text)}</a></p>` : '',
    `<p style="color: #505a5f; font-size: 14px">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
