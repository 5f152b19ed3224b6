'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { trainModel } from '@/lib/model/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction, useErrorText } from '@/components/ui/use-action';

type Overview = { promotedId: string | null; acceptedExamples: number; importedRows: number; libraryChanged: boolean };

/** Train a candidate now, and import labelled CSV rows as extra training data. */
export function TrainPanel({ overview, canTrain }: { overview: Overview; canTrain: boolean }) {
  const t = useTranslations('model.train');
  const errors = useErrorText();
  const train = useAction(trainModel);
  const router = useRouter();
  const [trained, setTrained] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<{ ok: boolean; message: string } | null>(null);

  const upload = async () => {
    if (!file) return;
    setImporting(true);
    const body = new FormData();
    body.set('file', file, file.name);
    try {
      const res = await fetch('/admin/model/upload', { method: 'POST', body });
      const answer = await res.json() as { ok: boolean; data?: { added: number; duplicates: number }; error?: { message: string } };
      setImported(answer.ok ? { ok: true, message: t('imported', { added: answer.data!.added, duplicates: answer.data!.duplicates }) }
        : { ok: false, message: answer.error?.message ?? 'The request failed.' });
      if (answer.ok) { setFile(null); router.refresh(); }
    } catch {
      setImported({ ok: false, message: 'The request failed.' });
    }
    setImporting(false);
  };

  const trainError = errors.form(train.error);
  return (
    <section aria-labelledby="model-train" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="model-train" className="font-medium text-slate-900">{t('title')}</h2>
      <p className="text-sm text-slate-700">{t('set', { examples: overview.acceptedExamples, imported: overview.importedRows })}</p>
      {overview.libraryChanged && <Alert tone="info">{t('changed')}</Alert>}
      {!overview.promotedId && <Alert tone="info">{t('nonePromoted')}</Alert>}
      {canTrain && (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={() => { setTrained(null); train.run({}, (d) => setTrained(d.trainingSize)); }} disabled={train.pending} data-testid="train-candidate">
            {train.pending ? t('training') : t('submit')}
          </Button>
          <span className="text-xs text-slate-500">{t('never')}</span>
        </div>
      )}
      {trained !== null && <Alert tone="success">{t('done', { count: trained })}</Alert>}
      {trainError && <Alert>{trainError}</Alert>}
      {canTrain && (
        <div className="space-y-2 border-t border-slate-100 pt-3">
          <label htmlFor="training-file" className="block text-sm font-medium text-slate-700">{t('file')}</label>
          <p className="text-xs text-slate-500">{t('fileHint')}</p>
          <div className="flex flex-wrap items-center gap-3">
            <input id="training-file" type="file" accept=".csv,text/csv" className="text-sm" onChange={(e) => { setImported(null); setFile(e.target.files?.[0] ?? null); }} />
            <Button variant="secondary" onClick={() => void upload()} disabled={!file || importing}>{importing ? t('importing') : t('import')}</Button>
          </div>
          {imported && <Alert tone={imported.ok ? 'success' : 'error'}><span className="whitespace-pre-wrap">{imported.message}</span></Alert>}
        </div>
      )}
    </section>
  );
}
