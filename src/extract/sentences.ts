/** Sentences of an article body, by compromise, with their character offsets in the body. */
import { nlp } from './nlp.js';

export interface Sentence {
  index: number;
  /** Offset of the first character in the article body. */
  start: number;
  end: number;
  text: string;
}

/** Splits each paragraph (blank-line separated) into sentences; offsets point into `body`. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let at = 0;
  for (const para of body.split('\n\n')) {
    const found = nlp(para).sentences().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
    for (const s of found) {
      const raw = para.slice(s.offset.start, s.offset.start + s.offset.length);
      const text = raw.trim();
      if (!text) continue;
      const start = at + s.offset.start + raw.indexOf(text);
      const prev = out[out.length - 1];
      // A split after an abbreviation ("Announcement No. 10", "Andes Lithium Corp. said"):
      // what follows starts with a digit or a lower-case letter, so it is the same sentence.
      if (prev && prev.start >= at && /^[\p{Ll}\p{N}]/u.test(text) && /\b\p{L}{1,5}\.$/u.test(prev.text)) {
        prev.end = start + text.length;
        prev.text = body.slice(prev.start, prev.end);
        continue;
      }
      out.push({ index: out.length, start, end: start + text.length, text });
    }
    at += para.length + 2;
  }
  return out;
}
