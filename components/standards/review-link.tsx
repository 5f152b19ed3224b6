'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { saveAllNow } from './use-autosave';

/** Goes to the diff only after the edits still waiting for their pause are saved, so the diff shows them. */
export function ReviewLink({ label }: { label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <a href="/standards/draft/diff" aria-busy={busy || undefined}
      onClick={async (e) => {
        e.preventDefault();
        setBusy(true);
        await saveAllNow();
        router.push('/standards/draft/diff');
      }}
      className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
      {label}
    </a>
  );
}
