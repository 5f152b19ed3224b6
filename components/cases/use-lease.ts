'use client';

import { useEffect, useState } from 'react';
import { renewLease } from '@/lib/reports/actions';
import { useNow } from '@/components/queue/use-now';

const RENEW_EVERY_MS = 60_000;

/**
 * The viewer's own lease on a case, renewed every minute while the page is open. When renewal is
 * refused (the lease ran out while the laptop slept, or a supervisor took the case) it is lost for
 * good: the moderator must claim again, and decisions are off until then.
 */
export function useLease(caseId: string, initialUntil: number | null, serverNow: number) {
  const [until, setUntil] = useState(initialUntil);
  const [refused, setRefused] = useState(false);
  const now = useNow(serverNow, 1_000);
  const holding = until !== null && !refused;

  useEffect(() => {
    if (!holding) return;
    const timer = setInterval(async () => {
      const result = await renewLease({ caseId }).catch(() => null);
      if (result?.ok) setUntil(new Date(result.data.leaseExpiresAt).getTime());
      else if (result && result.error.code === 'lease_expired') setRefused(true);
    }, RENEW_EVERY_MS);
    return () => clearInterval(timer);
  }, [caseId, holding]);

  return {
    now,
    until,
    active: holding && until! > now,
    lost: until !== null && (refused || until <= now),
    took: (leaseExpiresAt: Date | string) => { setUntil(new Date(leaseExpiresAt).getTime()); setRefused(false); },
    dropped: () => setUntil(null),
  };
}
