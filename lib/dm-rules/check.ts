import { inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accounts, dmPreferences } from '@/db/schema';
import { closes } from '@/lib/protection/channels';
import { activeProtection } from '@/lib/protection/store';
import { giveBack, take } from './counters';
import { countedLimits, isNewAccount, refusalBeforeCounting, windowOf, type Decision, type DmRule } from './rules';
import { currentDmRules } from './settings';
import { checkText, type TextResult } from './text-check';

export type DmCheck = { sender: string; recipient: string; text?: string; follows: boolean; at?: string };

export type DmAnswer = {
  decision: Decision;
  rule: DmRule;
  textChecked: boolean;
  text?: { verdict: string; categoryId: string | null; score: number | null };
  /** For a window that is full: when it opens again. */
  retryAfter?: string;
  window?: { scope: 'sender' | 'recipient'; limit: number; windowMinutes: number; count: number };
  rulesVersion: number;
};

/**
 * Decides one private message (notice II.2), in this order: the recipient's own setting, their
 * protection, the text pre-check, then the recipient's and the sender's windows (stricter for minors
 * and new accounts). A refused message is not counted.
 */
export async function checkDirectMessage(tx: Tx, input: DmCheck, now: Date): Promise<DmAnswer> {
  const at = input.at ? new Date(input.at) : now;
  const rules = await currentDmRules(tx);
  const [pref] = await tx.select({ preference: dmPreferences.preference }).from(dmPreferences).where(inArray(dmPreferences.accountId, [input.recipient]));
  const protection = await activeProtection(tx, input.recipient);
  const base = { rulesVersion: rules.version };

  const refusal = refusalBeforeCounting({
    follows: input.follows, preference: pref?.preference ?? 'everyone', protectionClosesDms: closes(protection, 'stranger_dm', at),
  });
  if (refusal) return { decision: 'deny', rule: refusal, textChecked: false, ...base };

  const text: TextResult = input.text
    ? await checkText(tx, { id: 'dm', kind: 'dm', text: input.text, authorAccountId: input.sender, targetAccountId: input.recipient })
    : { checked: false };
  const textPart = text.checked ? { textChecked: true, text: { verdict: text.verdict, categoryId: text.categoryId, score: text.score } } : { textChecked: false };
  if (text.checked && text.decision !== 'allow') return { decision: text.decision, rule: 'text_precheck', ...textPart, ...base };

  if (input.follows) return { decision: 'allow', rule: 'not_a_stranger', ...textPart, ...base };

  const known = await tx.select({ id: accounts.id, isMinor: accounts.isMinor, registeredAt: accounts.registeredAt, firstSeenAt: accounts.firstSeenAt })
    .from(accounts).where(inArray(accounts.id, [input.sender, input.recipient]));
  const sender = known.find((a) => a.id === input.sender);
  const recipient = known.find((a) => a.id === input.recipient);
  // An account the console never heard of is not judged new: its age is unknown.
  const senderIsNew = isNewAccount(sender ? sender.registeredAt ?? sender.firstSeenAt : null, at, rules.newAccountDays);
  const limits = countedLimits(rules, { senderIsNew, recipientIsMinor: recipient?.isMinor ?? false });

  const taken: { scope: string; key: string; windowStart: Date }[] = [];
  let last: DmAnswer['window'];
  for (const l of limits) {
    const w = windowOf(at, l.windowMinutes);
    const slot = { scope: `${l.scope}:${l.windowMinutes}`, key: l.scope === 'sender' ? input.sender : input.recipient, windowStart: w.start };
    const count = await take(tx, slot, l.limit);
    if (count === null) {
      for (const s of taken) await giveBack(tx, s);
      return {
        decision: 'limit', rule: l.rule, retryAfter: w.end.toISOString(),
        window: { scope: l.scope, limit: l.limit, windowMinutes: l.windowMinutes, count: l.limit }, ...textPart, ...base,
      };
    }
    taken.push(slot);
    last = { scope: l.scope, limit: l.limit, windowMinutes: l.windowMinutes, count };
  }
  return { decision: 'allow', rule: 'within_limits', window: last, ...textPart, ...base };
}
