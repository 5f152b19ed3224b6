import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { CaseHeader } from '@/components/cases/case-header';
import { ContentPanel } from '@/components/cases/content-panel';
import { DecisionHistory, RelatedCases } from '@/components/cases/history';
import { ReportsTable } from '@/components/cases/reports-table';
import { Workbench } from '@/components/cases/workbench';
import { SimilarCases } from '@/components/library/similar-cases';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { loadCaseView } from '@/lib/reports/case-view';
import { recordCaseView } from '@/lib/reports/case-access';
import { categoryOptions } from '@/lib/categories/queries';
import { categoryGuidance } from '@/lib/standards/queries';
import { similarExamples } from '@/lib/library/similar';

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function CasePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const me = await requireStaff('case.view');
  const [{ id }, search] = await Promise.all([params, searchParams]);
  if (!uuid.test(id)) notFound();
  const db = await getDb();
  const now = Date.now();
  const [view, categories, t] = await Promise.all([loadCaseView(db, id, me.id, new Date(now)), categoryOptions(db, await getLocale()), getTranslations('case')]);
  if (!view) notFound();
  const [guidance, similar] = await Promise.all([
    categoryGuidance(db, await getLocale()), similarExamples(db, view.evidence?.content.text ?? '', 1), recordCaseView(db, me, id),
  ]);

  const c = view.case;
  const names = new Map(categories.map((x) => [x.id, x.name]));
  const categoryName = (cid: string | null) => (cid ? names.get(cid) ?? cid : t('facts.uncategorized'));
  const escalated = c.status === 'escalated';
  const mayWork = can(me.role, 'case.decide') && (!escalated || can(me.role, 'escalation.decide'));
  const decider = view.decisions.findLast((d) => d.action !== 'escalate');
  const back = escalated && can(me.role, 'escalation.view') ? { href: '/escalations', label: t('back.escalations') } : { href: '/queue', label: t('back.queue') };

  return (
    <div className="space-y-3">
      <Link href={back.href} className="text-sm text-brand-700 hover:underline">← {back.label}</Link>
      {search.done === '1' && <Alert tone="success">{t('done')}</Alert>}
      <div className="grid grid-cols-[minmax(0,1fr)_21rem] items-start gap-4">
        <div className="min-w-0 space-y-3">
          <CaseHeader c={c} categoryName={categoryName(c.categoryId)} serverNow={now} />
          <ContentPanel view={view} />
          <ReportsTable reports={view.reports} categoryName={categoryName} />
          <SimilarCases similar={similar} caseId={c.id} mayPropose={c.status === 'decided' && can(me.role, 'library.propose')} />
          <div className="grid grid-cols-2 gap-3">
            <RelatedCases id="subject-history" title={t('history.subject', { account: c.subjectAccountId })} rows={view.subjectHistory} categoryName={categoryName} />
            <RelatedCases id="target-history" title={t('history.target', { account: c.targetAccountId ?? '—' })} rows={view.targetHistory} categoryName={categoryName} />
          </div>
          <DecisionHistory decisions={view.decisions} categoryName={categoryName} />
        </div>
        {/* Scrolls on its own when taller than the window, so the standards guidance under the panel stays reachable. */}
        <aside className="sticky top-3 max-h-[calc(100vh-1.5rem)] overflow-y-auto pb-1">
          <Workbench
            caseId={c.id}
            status={c.status}
            categories={categories.filter((x) => x.active)}
            defaultCategoryId={c.categoryId}
            lease={view.lease ? { mine: view.lease.mine, holderName: view.lease.holderName, until: view.lease.expiresAt.getTime() } : null}
            decided={c.status === 'decided' && c.decision ? { action: c.decision, by: decider?.deciderName ?? '', at: c.decidedAt ?? new Date(now) } : null}
            mayWork={mayWork}
            serverNow={now}
            guidance={guidance}
          />
        </aside>
      </div>
    </div>
  );
}
