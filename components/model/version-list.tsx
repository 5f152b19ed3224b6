'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { promoteModel, rollBackModel } from '@/lib/model/actions';
import type { VersionSummary } from '@/lib/model/queries';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, THead, Th } from '@/components/ui/table';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { useAction, useErrorText } from '@/components/ui/use-action';
import { headline, pct } from './metrics';

const tone = { promoted: 'green', candidate: 'blue', retired: 'neutral' } as const;

/** Every version, newest first; a candidate or a retired version can be promoted, after a confirmation. */
export function VersionList({ versions, canPromote, canRollBack }: { versions: VersionSummary[]; canPromote: boolean; canRollBack: boolean }) {
  const t = useTranslations('model.versions');
  const format = useFormatter();
  const errors = useErrorText();
  const promote = useAction(promoteModel);
  const rollBack = useAction(rollBackModel);
  const error = errors.form(promote.error) ?? errors.form(rollBack.error);
  const cell = 'px-3 py-1.5';
  return (
    <section aria-labelledby="model-versions" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="model-versions" className="font-medium text-slate-900">{t('title')}</h2>
        {canPromote && canRollBack && (
          <ConfirmButton label={t('rollBack')} question={t('rollBackQuestion')} confirmLabel={t('rollBack')} pending={rollBack.pending} onConfirm={() => rollBack.run({})} />
        )}
      </div>
      {error && <Alert>{error}</Alert>}
      {versions.length === 0 ? <p className="text-sm text-slate-600">{t('none')}</p> : (
        <Table caption={t('title')}>
          <THead>
            <Th>{t('version')}</Th><Th>{t('status')}</Th><Th>{t('trained')}</Th><Th>{t('size')}</Th><Th>{t('standards')}</Th><Th>{t('f1')}</Th><Th>{t('promotedBy')}</Th><Th />
          </THead>
          <TBody>
            {versions.map((v) => (
              <tr key={v.id} data-testid={`version-${v.id}`}>
                <td className={`${cell} font-mono text-xs`} title={v.id}>{v.id.slice(0, 8)}</td>
                <td className={cell}><Badge tone={tone[v.status]}>{t(`status_${v.status}`)}</Badge></td>
                <td className={cell}>{format.dateTime(v.trainedAt, { dateStyle: 'medium', timeStyle: 'short' })}{v.trainedByEmail ? ` · ${v.trainedByEmail}` : ` · ${t('worker')}`}</td>
                <td className={`${cell} tabular-nums`}>{v.trainingSize}</td>
                <td className={cell}>{v.standardsVersion ?? '—'}</td>
                <td className={`${cell} tabular-nums`}>{pct(headline(v.metrics).macroF1)}</td>
                <td className={cell}>{v.promotedByEmail ?? '—'}</td>
                <td className={cell}>
                  {canPromote && v.status !== 'promoted' && (
                    <ConfirmButton label={t('promote')} question={t('promoteQuestion', { id: v.id.slice(0, 8) })} confirmLabel={t('promoteConfirm')}
                      variant="secondary" pending={promote.pending} onConfirm={() => promote.run({ versionId: v.id })} />
                  )}
                </td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
