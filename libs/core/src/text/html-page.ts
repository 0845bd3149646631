import { escapeHtml } from './escape-html';

export interface HtmlPage {
  /** Plain text: the page's title and its one heading. */
  title: string;
  /** CSS for the page's own <style> element. */
  style: string;
  /** The HTML inside <main>, after the heading; each part already escaped. */
  body: string[];
  /** Keeps the address (which may carry a token) out of the Referer of any link followed. */
  noReferrer?: boolean;
}

/** The plain, self-contained HTML pages the API serves itself (the winners page, the consent page). */
export function htmlPage({ title, style, body, noReferrer = false }: HtmlPage): string {
  const heading = escapeHtml(title);
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(noReferrer ? ['<meta name="referrer" content="no-referrer">'] : []),
    `<title>${heading}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${heading}</h1>`,
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
