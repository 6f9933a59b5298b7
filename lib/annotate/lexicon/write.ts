/**
 * Writing the lexicon file's parts (layout in ./format): growable typed arrays, the
 * open-addressing hash tables and the serialized file.
 */
import { hashString, SECTIONS, type Header, type SectionName, type Sections } from './format';

/** Growable typed array. */
export class Growable<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array> {
  length = 0;
  constructor(private data: T) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  pushString(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** Open-addressing table of `keys` (as written in `units`/`starts`), load factor ≤ 0.5. */
export function hashTable(keys: readonly string[]): Int32Array<ArrayBuffer> {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  keys.forEach((k, index) => {
    let i = hashString(k) & mask;
    while (table[i] !== -1) i = (i + 1) & mask;
    table[i] = index;
  });
  return table;
}

export function serialize(sections: Sections, header: Omit<Header, 'sections'>): Uint8Array {
  const names = Object.keys(SECTIONS) as SectionName[];
  const layout = {} as Header['sections'];
  let offset = 0;
  for (const name of names) {
    offset = (offset + 7) & ~7;
    layout[name] = [offset, sections[name].length];
    offset += sections[name].byteLength;
  }
  const json = Buffer.from(JSON.stringify({ ...header, sections: layout }), 'utf8');
  // 4 bytes of header length, the header, padding to 8: section offsets count from `base`.
  const base = (4 + json.length + 7) & ~7;
  const out = new Uint8Array(base + offset);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  for (const name of names) {
    const s = sections[name];
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), base + layout[name][0]);
  }
  return out;
}
