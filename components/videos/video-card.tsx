'use client';

import { useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { ActionErrorText } from '@/components/incidents/action-error';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { decideVideo } from '@/lib/videos/actions';
import type { VideoRow } from '@/lib/videos/queries';
import { MediaGallery } from '@/components/media/media-gallery';
import type { MediaTreatment } from '@/lib/wellness/media';
import { NearestExample } from '@/components/library/nearest-example';
import type { NearestExampleView } from '@/lib/library/nearest';
import { useAnnounceDecision } from './keyboard-list';

/** One held video: its words as plain text (hostile content), why it was held, the media, and the decision. */
export function VideoCard({ video, index, media, nearest }: { video: VideoRow; index: number; media: { treatment: MediaTreatment; sensitive: boolean }; nearest?: NearestExampleView | null }) {
  const t = useTranslations('videos');
  const locale = useLocale();
  const format = useFormatter();
  const decide = useAction(decideVideo);
  const announce = useAnnounceDecision();
  const [reason, setReason] = useState('');
  const category = locale === 'zh' ? video.categoryZh : video.categoryEn;
  const reasonId = `video-reason-${video.id}`;
  // The card leaves the held list and the list says what became of it, in one render.
  const submit = (decision: 'approved' | 'rejected') => decide.run({ videoId: video.id, decision, reason },
    () => announce(t(decision === 'approved' ? 'decidedApproved' : 'decidedRejected', { title: video.title })));
  return (
    <article
      data-video-card
      tabIndex={-1}
      aria-labelledby={`video-title-${video.id}`}
      className="rounded-lg border border-slate-200 bg-white p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs tabular-nums text-slate-500">{index + 1}</span>
        <h2 id={`video-title-${video.id}`} className="font-medium whitespace-pre-wrap break-words">{video.title}</h2>
        {video.selfHarm && <Badge tone="red">{t('selfHarm')}</Badge>}
        {category && <Badge tone="amber">{category}</Badge>}
        {video.incidentTitle && <Badge tone="purple">{t('incident', { title: video.incidentTitle })}</Badge>}
      </div>
      {category && <NearestExample example={nearest} />}
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-500">{t('fields.reasons')}</dt>
        <dd className="break-words">{video.riskReasons.map((r) => (t.has(`riskReason.${r}`) ? t(`riskReason.${r}` as 'riskReason.other') : r.replace(/[_-]+/g, ' '))).join(t('listSeparator'))}</dd>
        <dt className="text-slate-500">{t('fields.uploader')}</dt>
        <dd className="break-all font-mono text-xs">{video.uploaderAccountId}</dd>
        {video.coverText && <><dt className="text-slate-500">{t('fields.coverText')}</dt><dd className="whitespace-pre-wrap break-words">{video.coverText}</dd></>}
        {video.description && <><dt className="text-slate-500">{t('fields.description')}</dt><dd className="whitespace-pre-wrap break-words">{video.description}</dd></>}
        <dt className="text-slate-500">{t('fields.received')}</dt>
        <dd>{format.dateTime(video.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
      </dl>
      <MediaGallery tiles={video.media} {...media} />
      {video.status === 'held' ? (
        <form className="mt-3 space-y-2" onSubmit={(e) => { e.preventDefault(); submit('approved'); }}>
          <Field id={reasonId} label={t('reason')}>
            <Textarea id={reasonId} rows={2} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <ActionErrorText error={decide.error} />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={decide.pending}>{t('approve')}</Button>
            <Button size="sm" variant="danger" disabled={decide.pending} onClick={(e) => { if (e.currentTarget.form?.reportValidity()) submit('rejected'); }}>{t('reject')}</Button>
          </div>
        </form>
      ) : (
        <p className="mt-2 text-sm">
          <Badge tone={video.status === 'approved' ? 'green' : 'red'}>{t(`status.${video.status}`)}</Badge>{' '}
          <span className="whitespace-pre-wrap break-words">{video.decisionReason}</span>
          {video.decidedByName && <span className="text-xs text-slate-500"> · {video.decidedByName}</span>}
        </p>
      )}
    </article>
  );
}
