'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { caseIdRange } from '@/lib/reports/short-id';

/** Go straight to a case by its id or short id, as colleagues quote them. */
export function CaseJump() {
  const t = useTranslations('queue.jump');
  const router = useRouter();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      role="search"
      className="flex items-center gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        const typed = value.trim();
        if (!caseIdRange(typed)) return setInvalid(true);
        router.push(`/cases/${encodeURIComponent(typed.toLowerCase())}`);
      }}
    >
      <label htmlFor="case-jump" className="sr-only">{t('label')}</label>
      <input
        id="case-jump" value={value} placeholder={t('placeholder')} autoComplete="off" spellCheck={false}
        aria-invalid={invalid || undefined} aria-describedby={invalid ? 'case-jump-error' : undefined}
        onChange={(e) => { setValue(e.target.value); setInvalid(false); }}
        className="w-44 rounded-md border border-slate-300 px-2 py-1.5 font-mono text-sm aria-[invalid=true]:border-red-500"
      />
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm hover:bg-slate-50">{t('go')}</button>
      {invalid && <span id="case-jump-error" role="alert" className="text-sm text-red-700">{t('invalid')}</span>}
    </form>
  );
}
