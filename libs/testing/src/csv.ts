/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into one object per row keyed
 * by the header, as a spreadsheet would, so a test checks an export the way its reader opens it.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((cells) => {
    if (cells.length !== header.length)
      throw new Error(`A CSV row has ${cells.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
  });
}
