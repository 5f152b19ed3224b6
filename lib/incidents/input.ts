import { z } from 'zod';
import { wallTime } from '@/lib/time/wall-time';
import { incidentLinkKind, incidentRisk, partyRole, termLanguage } from '@/db/schema';

export const partyInput = z.object({
  accountId: z.string().trim().min(1).max(200),
  displayName: z.string().trim().max(200).default(''),
  handle: z.string().trim().max(200).default(''),
  role: z.enum(partyRole.enumValues),
  isMinor: z.boolean().default(false),
});

export const termInput = z.object({
  term: z.string().trim().min(1).max(100),
  language: z.enum(termLanguage.enumValues),
});

export const incidentFields = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(4000).default(''),
  risk: z.enum(incidentRisk.enumValues),
});

export const createIncidentInput = incidentFields.extend({
  status: z.enum(['watching', 'active', 'contained']).default('watching'),
  parties: z.array(partyInput).max(50).default([]),
  terms: z.array(termInput).max(100).default([]),
});

export const linkRefInput = z.object({
  incidentId: z.uuid(),
  kind: z.enum(incidentLinkKind.enumValues),
  ref: z.string().trim().min(1).max(200),
});

export const statementInput = z.object({
  incidentId: z.uuid(),
  source: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(4000),
  link: z.url({ protocol: /^https?$/ }).max(2000).optional().or(z.literal('').transform(() => undefined)),
  // Typed in the organisation's time zone (lib/time/wall-time.ts); converted inside the action.
  statedAt: wallTime,
});

/** Guesses a term's language for forms that take one box: Chinese if it has any CJK character. */
export const guessLanguage = (term: string): 'zh' | 'en' => (/[\u3400-\u9fff]/.test(term) ? 'zh' : 'en');
