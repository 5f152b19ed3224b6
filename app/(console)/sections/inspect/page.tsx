import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { inspectIncident } from '@/lib/sections/inspect';
import { incidentOptions } from '@/lib/sections/queries';
import { PageHeader } from '@/components/ui/page-header';
import { Button } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/table';
import { SectionTabs } from '@/components/sections/section-tabs';
import { InspectSelection } from '@/components/sections/inspect-selection';

export const dynamic = 'force-dynamic';

export default async function InspectPage({ searchParams }: { searchParams: Promise<{ incident?: string }> }) {
  const me = await requireStaff('section.view');
  const { incident } = await searchParams;
  const db = await getDb();
  const id = incident && /^[0-9a-f-]{36}$/i.test(incident) ? incident : undefined;
  const [t, incidents, found] = await Promise.all([getTranslations('sections'), incidentOptions(db), id ? inspectIncident(db, id) : null]);
  return (
    <div>
      <PageHeader title={t('inspect.title')} description={t('inspect.description')} />
      <SectionTabs current="inspect" showRules={can(me.role, 'section.rules')} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="min-w-64">
          <Field id="inspect-incident" label={t('inspect.incident')}>
            <Select id="inspect-incident" name="incident" defaultValue={id ?? ''}>
              <option value="">—</option>
              {incidents.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
            </Select>
          </Field>
        </div>
        <Button type="submit" variant="secondary">{t('inspect.show')}</Button>
      </form>
      {!found ? <EmptyState>{t('inspect.choose')}</EmptyState> : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700 break-words" data-testid="inspect-summary">
            {t('inspect.summary', { sections: found.hits.length, posts: found.postsFound, names: found.names.join('、') })}
          </p>
          <InspectSelection incidentId={found.incident.id} hits={found.hits} />
        </div>
      )}
    </div>
  );
}
