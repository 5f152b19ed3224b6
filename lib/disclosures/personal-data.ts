import { mentions } from '@/lib/incidents/mentions';

export type PartyIdentity = { accountId: string; displayName: string; handle: string };

export type FindingKind = 'handle' | 'display_name' | 'account_id' | 'phone' | 'id_card' | 'email';
export type Finding = { kind: FindingKind; value: string };

// Checked in this order so that an 18-digit identity number is reported as one, not as a phone number.
const patterns: { kind: FindingKind; re: RegExp }[] = [
  { kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  // Mainland resident identity numbers: 18 digits (the last may be X) with a plausible birth date, or the old 15-digit form.
  { kind: 'id_card', re: /(?<![\dXx])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])/g },
  { kind: 'id_card', re: /(?<!\d)[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)/g },
  // Mainland mobiles (optionally +86, spaced or dashed), landlines with an area code, and
  // seven-digit local numbers such as 555-0142.
  { kind: 'phone', re: /(?<![\d])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g },
  { kind: 'phone', re: /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g },
  { kind: 'phone', re: /(?<![\d-])(?:\+?\d{1,3}[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])?\d{3}[ .-]\d{4}(?![\d-])/g },
];

/**
 * What in `text` identifies a party or is personal data the console knows the shape of. Publishing
 * is refused while this is not empty, so each finding names what to take out.
 */
export function findPersonalData(text: string, parties: readonly PartyIdentity[]): Finding[] {
  const findings: Finding[] = [];
  const add = (f: Finding) => {
    if (!findings.some((g) => g.kind === f.kind && g.value === f.value)) findings.push(f);
  };
  for (const p of parties) {
    const handle = p.handle.replace(/^@/, '');
    if (handle && mentions(text, [handle]).length) add({ kind: 'handle', value: p.handle });
    if (p.displayName && mentions(text, [p.displayName]).length) add({ kind: 'display_name', value: p.displayName });
    if (p.accountId && mentions(text, [p.accountId]).length) add({ kind: 'account_id', value: p.accountId });
  }
  let rest = text;
  for (const { kind, re } of patterns) {
    rest = rest.replace(re, (match) => {
      add({ kind, value: match });
      return ' '.repeat(match.length);
    });
  }
  return findings;
}
