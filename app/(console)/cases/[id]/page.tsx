import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { CaseHeader } from '@/components/cases/case-header';
import { ContentPanel } from '@/components/cases/content-panel';
import { DecisionHistory, RelatedCases } from '@/components/cases/history';
import { ReportsTable } from '@/components/cases/reports-table';
import { Workbench } from '@/components/cases/workbench';
import { Correction } from '@/components/cases/correction';
import { NotesPanel } from '@/components/notes/notes-panel';
import { caseNotesOf } from '@/lib/notes/notes';
import { mayReverse, undoSecondsLeft } from '@/lib/reports/undo-rules';
import { SimilarCases } from '@/components/library/similar-cases';
import { RiskFactors } from '@/components/model/risk-factors';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { loadCaseView } from '@/lib/reports/case-view';
import { resolveCaseId } from '@/lib/reports/short-id';
import { recordCaseView } from '@/lib/reports/case-access';
import { categoryOptions } from '@/lib/categories/queries';
import { categoryGuidance } from '@/lib/standards/queries';
import { similarExamples } from '@/lib/library/similar';
import { mediaTiles } from '@/lib/media/tiles';
import { memberWellness } from '@/lib/wellness/queries';
import { isSensitiveMedia, mediaTreatment } from '@/lib/wellness/media';

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function CasePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const me = await requireStaff('case.view');
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const db = await getDb();
  if (!uuid.test(id)) {
    // A short id (`/cases/58f1b473`) as moderators paste it: go to the one case it names.
    const found = await resolveCaseId(db, id);
    if (found && 'id' in found) redirect(`/cases/${found.id}`);
    notFound();
  }
  const now = Date.now();
  const [view, categories, t] = await Promise.all([loadCaseView(db, id, me.id, new Date(now)), categoryOptions(db, await getLocale()), getTranslations('case')]);
  if (!view) notFound();
  const [guidance, similar, wellness, notes] = await Promise.all([
    categoryGuidance(db, await getLocale()), similarExamples(db, view.evidence?.content.text ?? '', 1), memberWellness(db, me.id), caseNotesOf(db, id), recordCaseView(db, me, id),
  ]);

  const c = view.case;
  const sensitive = isSensitiveMedia({ categoryId: c.categoryId, selfHarm: c.selfHarm });
  const media = { tiles: mediaTiles(view.evidence?.id, view.evidence?.content), treatment: mediaTreatment(wellness.preference, sensitive), sensitive };
  const names = new Map(categories.map((x) => [x.id, x.name]));
  const categoryName = (cid: string | null) => (cid ? names.get(cid) ?? cid : t('facts.uncategorized'));
  const escalated = c.status === 'escalated';
  const mayWork = can(me.role, 'case.decide') && (!escalated || can(me.role, 'escalation.decide'));
  const decider = view.decisions.findLast((d) => d.action !== 'escalate' && !d.undoneAt);
  // The decision in force, if the viewer may take it back (lib/reports/undo-rules.ts).
  const latest = view.decisions.findLast((d) => !d.undoneAt);
  const correction = latest && {
    undoSeconds: latest.deciderId === me.id && can(me.role, 'decision.undo') ? undoSecondsLeft(latest.decidedAt, new Date(now)) : 0,
    mayReverse: mayReverse({ ...latest, decidedBy: latest.deciderId, latest: true }, can(me.role, 'decision.reverse')),
  };
  const back = escalated && can(me.role, 'escalation.view') ? { href: '/escalations', label: t('back.escalations') } : { href: '/queue', label: t('back.queue') };

  return (
    <div className="space-y-3">
      <Link href={back.href} className="text-sm text-brand-700 hover:underline">← {back.label}</Link>
      {search.done === '1' && <Alert tone="success">{t('done')}</Alert>}
      {/* On a laptop: the case on the left, the workbench beside it. On a phone they stack: the
          content, then the decision, then the standards and everything else. */}
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-[minmax(0,1fr)_21rem] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 space-y-3 lg:col-start-1 lg:row-start-1">
          <CaseHeader c={c} categoryName={categoryName(c.categoryId)} serverNow={now} />
          <RiskFactors score={c.riskScore} factors={c.riskFactors} />
          <ContentPanel view={view} media={media} />
        </div>
        <div className="min-w-0 space-y-3 lg:col-start-1 lg:row-start-2 max-lg:order-last">
          <ReportsTable reports={view.reports} categoryName={categoryName} />
          <SimilarCases similar={similar} caseId={c.id} mayPropose={c.status === 'decided' && can(me.role, 'library.propose')} />
          <div className="grid gap-3 sm:grid-cols-2">
            <RelatedCases id="subject-history" title={t('history.subject', { account: c.subjectAccountId })} rows={view.subjectHistory} categoryName={categoryName} />
            <RelatedCases id="target-history" title={t('history.target', { account: c.targetAccountId ?? '—' })} rows={view.targetHistory} categoryName={categoryName} />
          </div>
          <DecisionHistory decisions={view.decisions} categoryName={categoryName} />
          <NotesPanel subject={{ type: 'case', id: c.id }} notes={notes} mayWrite={can(me.role, 'note.write')} />
        </div>
        {/* Scrolls on its own when taller than the window, so the standards guidance under the panel stays reachable. */}
        <aside className="min-w-0 pb-1 lg:sticky lg:top-3 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-1.5rem)] lg:overflow-y-auto">
          {latest && correction && (correction.undoSeconds > 0 || correction.mayReverse) && (
            <div className="mb-3">
              <Correction key={latest.id} decisionId={latest.id} actionLabel={t(`actions.${latest.action}`)} deciderName={latest.deciderName} {...correction} />
            </div>
          )}
          {/* Keyed on who holds the case: after an undo hands it back, the lease starts afresh. */}
          <Workbench
            key={`${c.status}:${c.claimedBy ?? ''}`}
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
