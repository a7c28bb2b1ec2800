/**
 * The texts of a model read from a large file, held economically (both readers use it: XML and workbook).
 *
 * One string for each repeated value of a field (codes, dates, postcodes repeat across thousands of learners); a field
 * stops being shared after `max` distinct values (ULNs, reference numbers, names), its texts then only copied.
 */
export class SharedTexts {
  /** Per field, the distinct texts seen so far (null once there are too many to be codes, dates or postcodes). */
  private readonly seen = new Map<string, Map<string, string> | null>();

  constructor(private readonly max = 1000) {}

  text(field: string, text: string): string {
    let m = this.seen.get(field);
    if (m === null) return ownCopy(text);
    if (!m) this.seen.set(field, (m = new Map()));
    const known = m.get(text);
    if (known !== undefined) return known;
    const own = ownCopy(text);
    if (m.size >= this.max) this.seen.set(field, null);
    else m.set(own, own);
    return own;
  }
}

/**
 * A text read from a file can be a slice of the piece it was read from; V8 keeps a slice of 13 or more characters as a
 * view that holds the whole piece alive, so a file's worth of pieces would stay in memory behind the model. Flattening
 * a one-character concatenation copies the characters; the slice then taken holds only that copy.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
