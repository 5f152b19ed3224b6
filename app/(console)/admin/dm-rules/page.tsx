import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { dmRuleHistory } from '@/lib/dm-rules/settings';
import { PageHeader } from '@/components/ui/page-header';
import { DmRulesForm } from '@/components/dm-rules/dm-rules-form';
import { DmRulesHistory } from '@/components/dm-rules/dm-rules-history';

export const dynamic = 'force-dynamic';

export default async function DmRulesPage() {
  await requireStaff('dm_rules.manage');
  const [t, history] = await Promise.all([getTranslations('protection.dmRules'), dmRuleHistory(await getDb())]);
  const [current] = history;
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      <DmRulesForm current={current} />
      <DmRulesHistory rows={history} />
    </div>
  );
}
