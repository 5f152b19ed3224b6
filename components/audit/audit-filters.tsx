import Form from 'next/form';
import Link from 'next/link';
import { ZoneNote } from '@/components/organisation/zone-note';
import { getTranslations } from 'next-intl/server';
import { actorTypes, type AuditParams } from '@/lib/audit/filters';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';

// Suggestions only: the action and target type fields accept anything the log may hold.
const knownActions = [
  'staff', 'staff.create', 'staff.changeRole', 'staff.deactivate', 'staff.reactivate', 'staff.sign_in', 'staff.sign_in_failed',
  'apikey', 'apikey.create', 'apikey.revoke', 'category.updateSettings',
];
const knownTargets = ['staff', 'api_key', 'category', 'case', 'report'];

type Props = { values: AuditParams; actors: { id: string; name: string; email: string }[] };

export async function AuditFilters({ values, actors }: Props) {
  const t = await getTranslations('audit');
  return (
    <Form action="/audit" aria-labelledby="audit-filters-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="audit-filters-title" className="font-medium text-slate-900">{t('filters.title')}</h2>
      <div className="grid gap-3 md:grid-cols-3 xl:grid-cols-4">
        <Field id="audit-actor" label={t('filters.actor')}>
          <Select id="audit-actor" name="actor" defaultValue={values.actor ?? ''}>
            <option value="">{t('filters.anyActor')}</option>
            {actors.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.email})</option>)}
          </Select>
        </Field>
        <Field id="audit-actor-type" label={t('filters.actorType')}>
          <Select id="audit-actor-type" name="actorType" defaultValue={values.actorType ?? ''}>
            <option value="">{t('filters.anyType')}</option>
            {actorTypes.map((a) => <option key={a} value={a}>{t(`actorTypes.${a}`)}</option>)}
          </Select>
        </Field>
        <Field id="audit-action" label={t('filters.action')} hint={t('filters.actionHint')}>
          <Input id="audit-action" name="action" list="audit-known-actions" defaultValue={values.action} autoComplete="off" />
        </Field>
        <Field id="audit-target-type" label={t('filters.targetType')}>
          <Input id="audit-target-type" name="targetType" list="audit-known-targets" defaultValue={values.targetType} autoComplete="off" />
        </Field>
        <Field id="audit-target-id" label={t('filters.targetId')}>
          <Input id="audit-target-id" name="targetId" defaultValue={values.targetId} autoComplete="off" spellCheck={false} />
        </Field>
        <Field id="audit-from" label={<>{t('filters.from')} <ZoneNote /></>}>
          <Input id="audit-from" name="from" type="datetime-local" defaultValue={values.from} />
        </Field>
        <Field id="audit-to" label={<>{t('filters.to')} <ZoneNote /></>}>
          <Input id="audit-to" name="to" type="datetime-local" defaultValue={values.to} />
        </Field>
      </div>
      <datalist id="audit-known-actions">{knownActions.map((a) => <option key={a} value={a} />)}</datalist>
      <datalist id="audit-known-targets">{knownTargets.map((a) => <option key={a} value={a} />)}</datalist>
      <div className="flex items-center gap-3">
        <Button type="submit">{t('filters.apply')}</Button>
        <Link href="/audit" className="text-sm text-brand-600 underline">{t('filters.clear')}</Link>
      </div>
    </Form>
  );
}
