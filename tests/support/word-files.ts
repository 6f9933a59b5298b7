/** Independent readers for the exported files, used by the unit and end-to-end tests. */

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; rows end in CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field || row.length) endRow();
  return rows;
}

/** Anki notes: header lines start with #, fields are HTML separated by a tab. */
export function parseAnki(text: string): { headers: string[]; notes: Array<{ front: string; back: string[] }> } {
  const lines = text.split('\n').filter(Boolean);
  const unescape = (html: string) =>
    html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return {
    headers: lines.filter((l) => l.startsWith('#')),
    notes: lines
      .filter((l) => !l.startsWith('#'))
      .map((line) => {
        const fields = line.split('\t');
        if (fields.length !== 2) throw new Error(`expected 2 fields, got ${fields.length}: ${line}`);
        return { front: unescape(fields[0]!), back: fields[1]!.split('<br>').map(unescape) };
      }),
  };
}
