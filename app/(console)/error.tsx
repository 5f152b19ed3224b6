'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

// Server errors reach the browser without their message in production; the digest finds the log line.
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-red-800">{t('error.title')}</h1>
      {error.digest && <p className="mt-2 font-mono text-xs text-slate-500">{error.digest}</p>}
      <Button className="mt-4" onClick={reset}>{t('error.retry')}</Button>
    </div>
  );
}
