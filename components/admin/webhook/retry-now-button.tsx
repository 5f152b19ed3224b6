'use client';

import { retryWebhookNow } from '@/lib/webhooks/actions';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';

export function RetryNowButton({ label }: { label: string }) {
  const { run, pending } = useAction(retryWebhookNow);
  return <Button size="sm" variant="secondary" disabled={pending} onClick={() => run({})}>{label}</Button>;
}
