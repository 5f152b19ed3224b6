'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Select, Textarea } from '@/components/ui/field';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { EmptyState, Table, TBody, Td, Th, THead } from '@/components/ui/table';
import type { InspectHit } from '@/lib/sections/inspect';
import { disperseSections, foldPosts, linkSections, proposeClosures, unfoldPosts } from '@/lib/sections/actions';
import { SectionError } from './section-error';

type Action = 'disperse' | 'link' | 'propose' | 'foldPosts' | 'unfoldPosts';
const onPosts = (a: Action) => a === 'foldPosts' || a === 'unfoldPosts';
const POSTS_SHOWN = 3;

/**
 * The inspect results as a checklist: pick sections (each checkbox is labelled with its section's
 * name, plus select all) or single posts, and apply one action to all of them in a single
 * transaction. Section actions take the picked sections, post actions the picked posts.
 */
export function InspectSelection({ incidentId, hits }: { incidentId: string; hits: InspectHit[] }) {
  const t = useTranslations('sections');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pickedPosts, setPickedPosts] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<Action>('disperse');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const disperse = useAction(disperseSections);
  const link = useAction(linkSections);
  const propose = useAction(proposeClosures);
  const fold = useAction(foldPosts);
  const unfold = useAction(unfoldPosts);
  const current = { disperse, link, propose, foldPosts: fold, unfoldPosts: unfold }[action];
  const pending = disperse.pending || link.pending || propose.pending || fold.pending || unfold.pending;
  const count = onPosts(action) ? pickedPosts.size : selected.size;

  if (!hits.length) return <EmptyState>{t('inspect.empty')}</EmptyState>;
  const all = hits.length > 0 && selected.size === hits.length;
  const flip = (set: Set<string>, id: string) => { const n = new Set(set); if (n.has(id)) n.delete(id); else n.add(id); return n; };
  const toggle = (id: string) => setSelected((s) => flip(s, id));
  const togglePost = (id: string) => setPickedPosts((s) => flip(s, id));
  const finish = (n: number) => { setDone(n); setSelected(new Set()); setPickedPosts(new Set()); setReason(''); };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setDone(null);
    const sectionIds = [...selected];
    if (action === 'disperse') {
      const names = hits.filter((h) => selected.has(h.section.id)).map((h) => h.section.name);
      const sure = await confirm({
        title: t('confirmDisperseMany.title', { n: names.length }), body: `${t('confirmDisperse.body')}\n\n${names.join('\n')}`, confirmLabel: t('confirmDisperse.yes'),
      });
      if (!sure) return;
    }
    if (action === 'disperse') disperse.run({ sectionIds, incidentId, reason }, (d) => finish(d.dispersed));
    if (action === 'link') link.run({ sectionIds, incidentId }, (d) => finish(d.linked));
    if (action === 'propose') propose.run({ sectionIds, reason, target: 'section' }, (d) => finish(d.proposed.length));
    if (action === 'foldPosts') fold.run({ postIds: [...pickedPosts], reason }, (d) => finish(d.changed));
    if (action === 'unfoldPosts') unfold.run({ postIds: [...pickedPosts], reason }, (d) => finish(d.changed));
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      {confirmDialog}
      <Table caption={t('inspect.title')}>
        <THead>
          <Th className="w-10">
            <input type="checkbox" aria-label={t('inspect.selectAll')} checked={all}
              onChange={() => setSelected(all ? new Set() : new Set(hits.map((h) => h.section.id)))} className="size-4" />
          </Th>
          <Th>{t('fields.name')}</Th>
          <Th>{t('fields.status')}</Th>
          <Th className="text-right">{t('fields.heat')}</Th>
          <Th>{t('inspect.matchedPosts')}</Th>
        </THead>
        <TBody>
          {hits.map(({ section: s, nameTerms, posts }) => (
            <tr key={s.id} data-testid="inspect-row">
              <Td>
                <input type="checkbox" id={`pick-${s.id}`} className="size-4" checked={selected.has(s.id)} onChange={() => toggle(s.id)}
                  aria-label={t('inspect.select', { name: s.name })} />
              </Td>
              <Td className="max-w-72">
                <Link href={`/sections/${s.id}`} className="font-medium break-words text-brand-700 hover:underline">{s.name}</Link>
                <div className="text-xs text-slate-500">{t(`kind.${s.kind}`)}{nameTerms.length > 0 && ` · ${t('inspect.matchedName')}: ${nameTerms.join(', ')}`}</div>
              </Td>
              <Td className="whitespace-nowrap" ><span data-testid="inspect-status">{t(`status.${s.status}`)}</span></Td>
              <Td className="text-right tabular-nums">{s.heatPerHour}</Td>
              <Td className="max-w-md">
                <ul className="space-y-1">
                  {posts.slice(0, POSTS_SHOWN).map((p) => (
                    <li key={p.id} className="flex items-start gap-2 text-xs text-slate-700">
                      <input type="checkbox" className="mt-0.5 size-3.5 shrink-0" checked={pickedPosts.has(p.id)} onChange={() => togglePost(p.id)}
                        aria-label={t('inspect.selectPost', { text: p.text.slice(0, 60) })} />
                      <span className="whitespace-pre-wrap break-words">
                        {p.flagged && <span className="mr-1 font-semibold text-red-700">[{t('detail.flaggedPost')}]</span>}
                        {p.folded && <span className="mr-1 font-semibold text-slate-500">[{t('inspect.folded')}]</span>}
                        {p.text}
                      </span>
                    </li>
                  ))}
                  {posts.length > POSTS_SHOWN && <li className="text-xs text-slate-500">{t('inspect.morePosts', { n: posts.length - POSTS_SHOWN })}</li>}
                </ul>
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
      <fieldset className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-[12rem_1fr_auto]">
        <legend className="px-1 text-sm text-slate-600">
          {t('inspect.selected', { n: selected.size })} · {t('inspect.selectedPosts', { n: pickedPosts.size })}
        </legend>
        <Field id="inspect-action" label={t('inspect.action')}>
          <Select id="inspect-action" value={action} onChange={(e) => setAction(e.target.value as Action)}>
            <option value="disperse">{t('inspect.disperse')}</option>
            <option value="link">{t('inspect.link')}</option>
            <option value="propose">{t('inspect.propose')}</option>
            <option value="foldPosts">{t('inspect.foldPosts')}</option>
            <option value="unfoldPosts">{t('inspect.unfoldPosts')}</option>
          </Select>
        </Field>
        <Field id="inspect-reason" label={t('fields.reason')}>
          <Textarea id="inspect-reason" rows={1} value={reason} onChange={(e) => setReason(e.target.value)} disabled={action === 'link'}
            required={action === 'propose'} minLength={action === 'propose' ? 3 : undefined} />
        </Field>
        <Button type="submit" disabled={pending || count === 0}>{t('inspect.apply')}</Button>
      </fieldset>
      <SectionError error={current.error} />
      {done !== null && <Alert tone="success">{onPosts(action) ? t('inspect.donePosts', { n: done }) : t('inspect.done', { n: done })}</Alert>}
    </form>
  );
}
