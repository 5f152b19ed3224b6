'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { CaseRole, SanctionType } from '@/db/schema';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Select, Textarea } from '@/components/ui/field';
import { applySanction, proposeSanction } from '@/lib/sanctions/actions';
import type { Suggestion } from '@/lib/sanctions/ladder';
import { caseRoles, requiresApproval, sanctionTypes, timedTypes } from '@/lib/sanctions/rules';
import { Panel } from '@/components/incidents/panel';
import { SanctionError } from './action-error';
import { SuggestionReasons, useDurationText } from './suggestion-reasons';

const presets = [24, 72, 168, 720, 2160, 8760];
// A timed sanction chosen by hand starts with an end, never "no end": an open-ended mute is a
// deliberate choice from the list, not what an unchanged field gives.
const defaultHours: Partial<Record<SanctionType, number>> = { mute: 24, dm_suspension: 24, registration_ban: 8760 };
const withDefaultEnd = (type: SanctionType, hours: number | null) => (timedTypes.includes(type) && hours == null ? defaultHours[type] ?? 24 : hours);
type Option = { id: string; label: string };
type Props = {
  accountId: string;
  suggestions: Record<CaseRole, Suggestion>;
  categories: Option[];
  incidents: Option[];
  cases: Option[];
  /** The account's role as an incident party, when it has one the ladder knows. */
  defaultRole?: CaseRole;
  /** A closed account can still be banned from registering again or referred, nothing else. */
  closed?: boolean;
};
const afterClosure: readonly SanctionType[] = ['registration_ban', 'referral'];

/**
 * The sanction form, pre-filled with the ladder's suggestion for the chosen role (and why); the
 * moderator may choose otherwise. What the rule lets one person do is applied at once, the rest is
 * proposed for a second supervisor, and the button says which before it is pressed.
 */
export function SanctionForm({ accountId, suggestions, categories, incidents, cases, defaultRole, closed }: Props) {
  const t = useTranslations('sanctions');
  const duration = useDurationText();
  const initialRole: CaseRole = defaultRole ?? 'participant';
  const fromSuggestion = (role: CaseRole) => {
    const type = (suggestions[role].type ?? (closed ? 'registration_ban' : 'warning')) as SanctionType;
    return { type, hours: withDefaultEnd(type, suggestions[role].durationHours) };
  };
  const [role, setRole] = useState<CaseRole>(initialRole);
  const [{ type, hours }, setStep] = useState(fromSuggestion(initialRole));
  const [reason, setReason] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [incidentId, setIncidentId] = useState(incidents.length === 1 ? incidents[0].id : '');
  const [caseIds, setCaseIds] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const apply = useAction(applySanction);
  const propose = useAction(proposeSanction);
  const timed = timedTypes.includes(type);
  const effectiveHours = timed ? hours : null;
  const needsApproval = requiresApproval(type, effectiveHours);
  const action = needsApproval ? propose : apply;
  const suggestion = suggestions[role];
  const hourOptions = [...new Set([...presets, ...(hours ? [hours] : [])])].sort((a, b) => a - b);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const input = { accountId, type, role, reason, durationHours: effectiveHours, categoryId: categoryId || null, incidentId: incidentId || null, caseIds };
    setNotice(null);
    // The notice and the sanction list below change in the same render (components/ui/use-action.ts).
    action.run(input, () => { setReason(''); setCaseIds([]); setNotice(needsApproval ? t('form.proposed') : t('form.applied')); });
  };

  return (
    <Panel title={t('form.title')}>
      <form className="space-y-3" onSubmit={submit} aria-label={t('form.title')}>
        <Field id="sanction-role" label={t('form.role')}>
          <Select id="sanction-role" value={role} onChange={(e) => { const r = e.target.value as CaseRole; setRole(r); setStep(fromSuggestion(r)); }}>
            {caseRoles.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
          </Select>
        </Field>
        <div className="rounded-md border border-blue-200 bg-blue-50 p-2 text-sm" data-testid="ladder-suggestion">
          <p className="font-medium text-blue-900">
            {suggestion.type === null ? t('form.noSuggestion')
              : suggestion.durationHours ? t('form.suggestionTimed', { type: t(`types.${suggestion.type}`), duration: duration(suggestion.durationHours) })
                : t('form.suggestion', { type: t(`types.${suggestion.type}`) })}
          </p>
          <p className="mt-1 text-xs font-semibold text-slate-700">{t('form.why')}</p>
          <SuggestionReasons reasons={suggestion.reasons} />
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="sanction-type" label={t('form.type')}>
            <Select id="sanction-type" value={type} onChange={(e) => { const next = e.target.value as SanctionType; setStep({ type: next, hours: withDefaultEnd(next, hours) }); }}>
              {sanctionTypes.filter((x) => !closed || afterClosure.includes(x)).map((x) => <option key={x} value={x}>{t(`types.${x}`)}</option>)}
            </Select>
          </Field>
          {timed && (
            <Field id="sanction-duration" label={t('form.duration')}>
              <Select id="sanction-duration" value={hours ?? ''} onChange={(e) => setStep({ type, hours: e.target.value ? Number(e.target.value) : null })}>
                {hourOptions.map((h) => <option key={h} value={h}>{duration(h)}</option>)}
                <option value="">{duration(null)}</option>
              </Select>
            </Field>
          )}
        </div>
        <Field id="sanction-reason" label={t('form.reason')}>
          <Textarea id="sanction-reason" rows={3} required minLength={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="sanction-category" label={t('form.category')}>
            <Select id="sanction-category" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
              <option value="">{t('form.noCategory')}</option>
              {categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
            </Select>
          </Field>
          <Field id="sanction-incident" label={t('form.incident')}>
            <Select id="sanction-incident" value={incidentId} onChange={(e) => setIncidentId(e.target.value)}>
              <option value="">{t('form.noIncident')}</option>
              {incidents.map((i) => <option key={i.id} value={i.id}>{i.label}</option>)}
            </Select>
          </Field>
        </div>
        <fieldset className="text-sm">
          <legend className="mb-1 font-medium text-slate-700">{t('form.cases')}</legend>
          {cases.length === 0 ? <p className="text-slate-600">{t('form.noCases')}</p> : (
            <div className="flex max-h-32 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
              {cases.map((c) => (
                <label key={c.id} className="inline-flex items-center gap-1.5 font-mono text-xs">
                  <input type="checkbox" className="h-4 w-4" checked={caseIds.includes(c.id)}
                    onChange={(e) => setCaseIds(e.target.checked ? [...caseIds, c.id] : caseIds.filter((x) => x !== c.id))} />
                  {c.label}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <p className={`text-sm ${needsApproval ? 'text-amber-800' : 'text-slate-600'}`}>{needsApproval ? t('form.needsApproval') : t('form.direct')}</p>
        <SanctionError error={action.error} />
        {notice && !action.error && <Alert tone="success">{notice}</Alert>}
        <Button type="submit" variant={needsApproval ? 'primary' : 'danger'} disabled={action.pending}>
          {needsApproval ? t('form.propose') : t('form.apply')}
        </Button>
      </form>
    </Panel>
  );
}
