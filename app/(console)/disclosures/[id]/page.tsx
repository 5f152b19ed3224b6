import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { loadDisclosure } from '@/lib/disclosures/queries';
import { languageLag } from '@/lib/disclosures/languages';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { DisclosureWorkflow } from '@/components/disclosures/disclosure-workflow';
import { PlainText } from '@/components/disclosures/plain-text';

export default async function DisclosurePage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff('incident.view');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = await getDb();
  const [t, format, d] = await Promise.all([getTranslations('disclosures'), getFormatter(), loadDisclosure(db, id)]);
  if (!d) notFound();
  const [latest] = d.versions;
  const lag = latest.status === 'published' ? null : await languageLag(db, latest.id);
  const when = (x: Date | null) => (x ? format.dateTime(x, { dateStyle: 'medium', timeStyle: 'short' }) : '');
  return (
    <div className="space-y-4">
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{latest.titleEn} <Badge tone={latest.status === 'published' ? 'green' : 'blue'}>{t(`status.${latest.status}`)}</Badge></span>}
        description={<Link className="text-brand-700 hover:underline" href={`/incidents/${d.incident.id}`}>{d.incident.title}</Link>}
      />
      {latest.status === 'sent_back' && latest.reviewComment && (
        <Alert tone="info">{t('sentBackBy', { name: latest.reviewerName ?? '' })} <PlainText text={latest.reviewComment} /></Alert>
      )}
      {lag && <Alert tone="info"><span data-testid="language-lag">{t(`languages.${lag}.notice`)}</span></Alert>}
      {d.findings.length > 0 && (
        <Alert>
          <p>{t('findings')}</p>
          <ul className="mt-1 list-disc pl-5">{d.findings.map((f) => <li key={`${f.kind}:${f.value}`}>{t(`finding.${f.kind}`)}: <code>{f.value}</code></li>)}</ul>
        </Alert>
      )}
      <DisclosureWorkflow
        disclosureId={d.id}
        status={latest.status}
        version={latest.version}
        text={{ titleEn: latest.titleEn, bodyEn: latest.bodyEn, titleZh: latest.titleZh, bodyZh: latest.bodyZh, correctionNote: latest.correctionNote }}
        isAuthor={latest.authorId === me.id}
        canReview={can(me.role, 'disclosure.review')}
        canDraft={can(me.role, 'disclosure.draft')}
      />
      <section className="space-y-3">
        <h2 className="font-semibold">{t('versions')}</h2>
        {d.versions.map((v) => (
          <article key={v.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <header className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
              <span className="font-semibold text-slate-900">v{v.version}</span>
              <Badge>{t(`status.${v.status}`)}</Badge>
              <span>{t('author', { name: v.authorName })}</span>
              {v.reviewerName && <span>{t('reviewer', { name: v.reviewerName })}</span>}
              {v.publishedAt && <span>{t('publishedAt', { at: when(v.publishedAt) })}</span>}
            </header>
            {v.correctionNote && <p className="text-amber-800">{t('correctionNote')}: {v.correctionNote}</p>}
            <div className="grid gap-3 md:grid-cols-2">
              <div><h3 className="font-medium">{v.titleEn}</h3><PlainText text={v.bodyEn} lang="en" /></div>
              <div><h3 className="font-medium" lang="zh-CN">{v.titleZh}</h3><PlainText text={v.bodyZh} lang="zh-CN" /></div>
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
