'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { claimNext, claimNextEscalation } from '@/lib/reports/actions';
import type { ActionError } from '@/lib/actions/result';

export type ClaimKind = 'open' | 'escalated';

/**
 * Claims the next case and opens it. When nothing is waiting the caller decides what to show;
 * errors are kept for the caller to say in the user's language.
 */
export function useClaimNext(kind: ClaimKind, onNothing: () => void) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const claim = (query = '') =>
    start(async () => {
      const result = await (kind === 'open' ? claimNext({}) : claimNextEscalation({})).catch(
        (): { ok: false; error: ActionError } => ({ ok: false, error: { code: 'internal', message: 'The request failed.' } }),
      );
      if (!result.ok) return setError(result.error);
      setError(null);
      if (result.data) router.push(`/cases/${result.data.id}${query}`);
      else onNothing();
    });
  return { claim, pending, error };
}
