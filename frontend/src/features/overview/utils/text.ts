/** Folds Vietnamese text for matching: lower case, no tone or vowel marks, đ as d ("Đắk Lắk" → "dak lak"). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears in the text, ignoring marks and case. */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const folded = foldVietnamese(text);
  return words.every((w) => folded.includes(w));
}
