import type { CaseRole, SanctionType } from '@/db/schema';
import { countStrikes, effectiveStatus, requiresApproval, STRIKE_WINDOW_DAYS, type StrikeHistoryItem } from './rules';

export type LadderStep = { role: CaseRole; minStrikes: number; type: SanctionType; durationHours: number | null };

/** Why the ladder suggested what it did, as codes the page words in the reader's language. */
export type SuggestionReason =
  | { code: 'role'; role: CaseRole }
  | { code: 'strikes'; count: number; days: number }
  | { code: 'minor'; fromStrikes: number; toStrikes: number }
  | { code: 'active'; types: SanctionType[] }
  | { code: 'contentStrikes'; count: number }
  | { code: 'notMilder'; type: SanctionType; durationHours: number | null }
  | { code: 'closed' }
  | { code: 'step'; role: CaseRole; minStrikes: number; type: SanctionType; durationHours: number | null }
  | { code: 'noStep'; role: CaseRole }
  | { code: 'needsApproval' };

export type Suggestion = { type: SanctionType; durationHours: number | null; reasons: SuggestionReason[] } | { type: null; durationHours: null; reasons: SuggestionReason[] };

export type SuggestInput = {
  role: CaseRole;
  history: (StrikeHistoryItem & { type: SanctionType; durationHours?: number | null })[];
  isMinor: boolean;
  now: Date;
  /** A closed account is offered nothing more: there is nothing left to restrict. */
  closed?: boolean;
  /** Removals and folds of the account's content within the strike window (see decisionStrikes). */
  contentStrikes?: number;
};

/** Which case decisions count as strikes on the poster's account, beside the sanctions themselves. */
export const decisionStrikes = ['remove', 'fold'] as const;

const baseRank: Record<SanctionType, number> = {
  referral: 0, prepost_warning: 1, warning: 2, dm_suspension: 3, mute: 4, closure: 6, registration_ban: 7,
};
/** How hard a step bites: by type, then by length (no end is longest). Referrals are not a rung. */
export function severity(type: SanctionType, durationHours: number | null | undefined): number {
  const timed = type === 'mute' || type === 'dm_suspension' || type === 'registration_ban';
  return baseRank[type] * 1e6 + (timed ? Math.min(durationHours ?? 999_999, 999_999) : 0);
}

/**
 * The ladder's suggestion for an account in a role: the role's highest step whose threshold the
 * account's recent strikes reach. A minor is taken one rung lower (counted with one strike fewer):
 * sanctions on minors are meant to correct rather than exclude. The moderator may choose otherwise.
 */
export function suggestStep(steps: LadderStep[], input: SuggestInput): Suggestion {
  if (input.closed) return { type: null, durationHours: null, reasons: [{ code: 'closed' }] };
  const contentStrikes = input.contentStrikes ?? 0;
  const strikes = countStrikes(input.history, input.now) + contentStrikes;
  const reasons: SuggestionReason[] = [{ code: 'role', role: input.role }, { code: 'strikes', count: strikes, days: STRIKE_WINDOW_DAYS }];
  if (contentStrikes) reasons.push({ code: 'contentStrikes', count: contentStrikes });
  let weighed = strikes;
  if (input.isMinor) {
    weighed = Math.max(0, strikes - 1);
    reasons.push({ code: 'minor', fromStrikes: strikes, toStrikes: weighed });
  }
  const inForce = input.history.filter((s) => effectiveStatus(s, input.now) === 'active' && s.type !== 'referral');
  const active = [...new Set(inForce.map((s) => s.type))];
  if (active.length) reasons.push({ code: 'active', types: active });

  const roleSteps = steps.filter((s) => s.role === input.role);
  let step = roleSteps.filter((s) => s.minStrikes <= weighed).sort((a, b) => b.minStrikes - a.minStrikes)[0];
  if (!step) return { type: null, durationHours: null, reasons: [...reasons, { code: 'noStep', role: input.role }] };
  // Never suggest a milder step than one already in force: go up to the first rung at least as hard.
  const strongest = inForce.reduce<number>((m, s) => Math.max(m, severity(s.type, s.durationHours)), -1);
  if (severity(step.type, step.durationHours) < strongest) {
    const harder = roleSteps.filter((s) => severity(s.type, s.durationHours) >= strongest)
      .sort((a, b) => severity(a.type, a.durationHours) - severity(b.type, b.durationHours))[0];
    if (!harder) return { type: null, durationHours: null, reasons: [...reasons, { code: 'noStep', role: input.role }] };
    step = harder;
    reasons.push({ code: 'notMilder', type: step.type, durationHours: step.durationHours });
  }
  reasons.push({ code: 'step', role: step.role, minStrikes: step.minStrikes, type: step.type, durationHours: step.durationHours });
  if (requiresApproval(step.type, step.durationHours)) reasons.push({ code: 'needsApproval' });
  return { type: step.type, durationHours: step.durationHours, reasons };
}

/** The ladder a fresh installation starts with; admins change it on the ladder page. */
export const defaultLadder: LadderStep[] = [
  { role: 'participant', minStrikes: 0, type: 'prepost_warning', durationHours: null },
  { role: 'participant', minStrikes: 1, type: 'warning', durationHours: null },
  { role: 'participant', minStrikes: 2, type: 'mute', durationHours: 24 },
  { role: 'participant', minStrikes: 3, type: 'mute', durationHours: 168 },
  { role: 'frequent_publisher', minStrikes: 0, type: 'warning', durationHours: null },
  { role: 'frequent_publisher', minStrikes: 1, type: 'mute', durationHours: 72 },
  { role: 'frequent_publisher', minStrikes: 2, type: 'mute', durationHours: 168 },
  { role: 'frequent_publisher', minStrikes: 4, type: 'closure', durationHours: null },
  { role: 'inciter', minStrikes: 0, type: 'mute', durationHours: 24 },
  { role: 'inciter', minStrikes: 1, type: 'mute', durationHours: 168 },
  { role: 'inciter', minStrikes: 2, type: 'mute', durationHours: 720 },
  { role: 'inciter', minStrikes: 3, type: 'closure', durationHours: null },
  { role: 'originator', minStrikes: 0, type: 'mute', durationHours: 72 },
  { role: 'originator', minStrikes: 1, type: 'mute', durationHours: 720 },
  { role: 'originator', minStrikes: 2, type: 'closure', durationHours: null },
  { role: 'originator', minStrikes: 3, type: 'registration_ban', durationHours: 8760 },
];
