'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { useConfirm } from '@/components/ui/confirm-dialog';
import type { Section } from '@/db/schema';
import { disperseSections, linkSections, proposeClosures, restoreSection } from '@/lib/sections/actions';
import { SectionError } from './section-error';

type Props = { section: Section; incidents: { id: string; title: string }[]; closurePending: boolean };

/** What a moderator or supervisor may do with one section: disperse or restore, link, propose closure. */
export function SectionControls({ section, incidents, closurePending }: Props) {
  const t = useTranslations('sections');
  const disperse = useAction(disperseSections);
  const restore = useAction(restoreSection);
  const link = useAction(linkSections);
  const propose = useAction(proposeClosures);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const [incidentId, setIncidentId] = useState(section.incidentId ?? incidents[0]?.id ?? '');
  const [target, setTarget] = useState<'section' | 'group_account'>('section');
  const [closeReason, setCloseReason] = useState('');
  const canOwner = section.kind === 'group' && !!section.ownerAccountId;
  return (
    <div className="space-y-4">
      {section.status !== 'closed' && (
        <form className="flex flex-wrap items-end gap-2" onSubmit={async (e) => {
          e.preventDefault();
          setNotice(null);
          if (section.status === 'dispersed') return restore.run({ sectionId: section.id, reason }, () => { setReason(''); setNotice(t('actions.restored')); });
          const sure = await confirm({ title: t('confirmDisperse.title', { name: section.name }), body: t('confirmDisperse.body'), confirmLabel: t('confirmDisperse.yes') });
          if (sure) disperse.run({ sectionIds: [section.id], reason }, () => { setReason(''); setNotice(t('actions.dispersed')); });
        }}>
          <div className="min-w-48 flex-1">
            <Field id="disperse-reason" label={t('actions.reasonOptional')}>
              <Input id="disperse-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
          </div>
          <Button type="submit" variant={section.status === 'dispersed' ? 'secondary' : 'danger'} disabled={disperse.pending || restore.pending}>
            {section.status === 'dispersed' ? t('actions.restore') : t('actions.disperse')}
          </Button>
        </form>
      )}
      <SectionError error={disperse.error ?? restore.error} />
      {notice && !disperse.error && !restore.error && <Alert tone="success">{notice}</Alert>}
      {confirmDialog}
      {incidents.length > 0 && (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); link.run({ sectionIds: [section.id], incidentId }); }}>
          <div className="min-w-48 flex-1">
            <Field id="link-incident" label={t('actions.linkTo')}>
              <Select id="link-incident" value={incidentId} onChange={(e) => setIncidentId(e.target.value)}>
                {incidents.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
              </Select>
            </Field>
          </div>
          <Button type="submit" variant="secondary" disabled={link.pending}>{t('actions.link')}</Button>
        </form>
      )}
      <SectionError error={link.error} />
      {section.status !== 'closed' && !closurePending && (
        <form className="grid gap-2 sm:grid-cols-[12rem_1fr_auto] sm:items-end" onSubmit={(e) => {
          e.preventDefault();
          propose.run({ sectionIds: [section.id], target, reason: closeReason }, () => setCloseReason(''));
        }}>
          <Field id="close-target" label={t('actions.target')}>
            <Select id="close-target" value={target} onChange={(e) => setTarget(e.target.value as typeof target)}>
              <option value="section">{t('actions.target_section')}</option>
              {canOwner && <option value="group_account">{t('actions.target_group_account')}</option>}
            </Select>
          </Field>
          <Field id="close-reason" label={t('fields.reason')}>
            <Input id="close-reason" required minLength={3} value={closeReason} onChange={(e) => setCloseReason(e.target.value)} />
          </Field>
          <Button type="submit" variant="secondary" disabled={propose.pending}>{t('actions.propose')}</Button>
        </form>
      )}
      <SectionError error={propose.error} />
    </div>
  );
}
