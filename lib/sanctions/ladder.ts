import type { CaseRole, SanctionType } from '@/db/schema';
import { countStrikes, effectiveStatus, requiresApproval, STRIKE_WINDOW_DAYS, type StrikeHistoryItem } from './rules';

export type LadderStep = { role: CaseRole; minStrikes: number; type: SanctionType; durationHours: number | null };

/** Why the ladder suggested what it did, as codes the page words in the reader's language. */
export type SuggestionReason =
  | { code: 'role'; role: CaseRole }
  | { code: 'strikes'; count: number; days: number }
  | { code: 'minor'; fromStrikes: number; toStrikes: number }
  | { code: 'active'; types: SanctionType[] }
  | { code: 'step'; role: CaseRole; minStrikes: number; type: SanctionType; durationHours: number | null }
  | { code: 'noStep'; role: CaseRole }
  | { code: 'needsApproval' };

export type Suggestion = { type: SanctionType; durationHours: number | null; reasons: SuggestionReason[] } | { type: null; durationHours: null; reasons: SuggestionReason[] };

export type SuggestInput = {
  role: CaseRole;
  history: (StrikeHistoryItem & { type: SanctionType })[];
  isMinor: boolean;
  now: Date;
};

/**
 * The ladder's suggestion for an account in a role: the role's highest step whose threshold the
 * account's recent strikes reach. A minor is taken one rung lower (counted with one strike fewer):
 * sanctions on minors are meant to correct rather than exclude. The moderator may choose otherwise.
 */
export function suggestStep(steps: LadderStep[], input: SuggestInput): Suggestion {
  const strikes = countStrikes(input.history, input.now);
  const reasons: SuggestionReason[] = [{ code: 'role', role: input.role }, { code: 'strikes', count: strikes, days: STRIKE_WINDOW_DAYS }];
  let weighed = strikes;
  if (input.isMinor) {
    weighed = Math.max(0, strikes - 1);
    reasons.push({ code: 'minor', fromStrikes: strikes, toStrikes: weighed });
  }
  const active = [...new Set(input.history.filter((s) => effectiveStatus(s, input.now) === 'active').map((s) => s.type))];
  if (active.length) reasons.push({ code: 'active', types: active });

  const step = steps
    .filter((s) => s.role === input.role && s.minStrikes <= weighed)
    .sort((a, b) => b.minStrikes - a.minStrikes)[0];
  if (!step) return { type: null, durationHours: null, reasons: [...reasons, { code: 'noStep', role: input.role }] };
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
