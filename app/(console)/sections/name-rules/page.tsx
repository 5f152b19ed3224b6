import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { incidentOptions, listRules } from '@/lib/sections/queries';
import { PageHeader } from '@/components/ui/page-header';
import { SectionTabs } from '@/components/sections/section-tabs';
import { RuleForm } from '@/components/sections/rule-form';
import { RulesTable } from '@/components/sections/rules-table';

export const dynamic = 'force-dynamic';

export default async function NameRulesPage() {
  await requireStaff('section.rules');
  const db = await getDb();
  const [t, rules, incidents] = await Promise.all([getTranslations('sections'), listRules(db), incidentOptions(db)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('rules.title')} description={t('rules.description')} />
      <SectionTabs current="rules" showRules />
      <RuleForm incidents={incidents} />
      <RulesTable rows={rules} now={new Date()} />
    </div>
  );
}
