import { z } from 'zod';
import { protectionChannels, type AccountProtection, type ProtectionChannel } from '@/db/schema/protection';

/**
 * Pure rules of one-key protection (notice II.1), shared by the account events, the staff actions,
 * the platform API and the private-message check.
 */
export { protectionChannels, type ProtectionChannel };

/** `"all"` or a list of channels; a list is de-duplicated and kept in the canonical order. */
export const channelsInput = z.union([
  z.literal('all'),
  z.array(z.enum(protectionChannels, { error: `each channel is one of ${protectionChannels.join(', ')}` }))
    .min(1, 'channels_required').max(protectionChannels.length * 2),
]).transform((c): ProtectionChannel[] => (c === 'all' ? [...protectionChannels] : protectionChannels.filter((p) => c.includes(p))));

// Staff protection lasts at most 90 days; it can be set again.
export const MAX_STAFF_HOURS = 90 * 24;

type InForce = Pick<AccountProtection, 'status' | 'until'>;
export function isInForce(p: InForce | null | undefined, now: Date): boolean {
  return !!p && p.status === 'active' && (p.until === null || p.until.getTime() > now.getTime());
}

export type Enforcement = {
  protected: boolean;
  closed: ProtectionChannel[];
  until: string | null;
  setBy: 'account' | 'staff' | null;
  since: string | null;
};

/** What the platform enforces now for one account, given its active protection (if any). */
export function enforcement(p: (InForce & Pick<AccountProtection, 'channels' | 'source' | 'setAt'>) | null | undefined, now: Date): Enforcement {
  if (!p || !isInForce(p, now)) return { protected: false, closed: [], until: null, setBy: null, since: null };
  return {
    protected: true,
    closed: protectionChannels.filter((c) => p.channels.includes(c)),
    until: p.until?.toISOString() ?? null,
    setBy: p.source,
    since: p.setAt.toISOString(),
  };
}

export const closes = (p: Parameters<typeof enforcement>[0], channel: ProtectionChannel, now: Date) =>
  enforcement(p, now).closed.includes(channel);
