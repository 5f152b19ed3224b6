/** Tags as typed in a form: comma or 、-separated, trimmed, lower-cased, unique, at most 12. */
export function parseTags(raw: string): string[] {
  return [...new Set(raw.split(/[,，、\n]/).map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(0, 12).map((t) => t.slice(0, 64));
}
