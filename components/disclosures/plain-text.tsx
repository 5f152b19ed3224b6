/** Disclosure and statement text is plain text: React escapes it and line breaks are kept. */
export function PlainText({ text, lang, className = '' }: { text: string; lang?: string; className?: string }) {
  return <div lang={lang} className={`whitespace-pre-wrap break-words ${className}`}>{text}</div>;
}
