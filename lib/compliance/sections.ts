import { createTranslator } from 'next-intl';
import en from '@/lib/i18n/messages/en/compliance.json';
import zh from '@/lib/i18n/messages/zh/compliance.json';
import type { ComplianceFigures } from './figures';

export const reportLocales = ['en', 'zh'] as const;
export type ReportLocale = (typeof reportLocales)[number];

/** One table of a report: what the CSV writes as a block and the PDF draws as a table. */
export type ReportSection = { key: string; title: string; columns: string[]; rows: string[][]; note?: string };
export type ReportMeta = { reportId: string; generatedBy: string };
export type ReportDocument = { locale: ReportLocale; heading: string; organisation: string; meta: [string, string][]; sections: ReportSection[] };

export function fileTranslator(locale: ReportLocale) {
  return createTranslator({ locale, messages: { compliance: locale === 'zh' ? zh : en }, namespace: 'compliance.file' });
}

// Figures are written plainly (no digit grouping) so a spreadsheet reads them as numbers.
const num = (n: number) => String(n);
const secs = (s: number | null, none: string) => (s === null ? none : String(Math.round(s)));

/** The report's content in one language, built once from the stored figures for both file formats. */
export function buildReport(f: ComplianceFigures, meta: ReportMeta, locale: ReportLocale): ReportDocument {
  const t = fileTranslator(locale);
  const none = t('none');
  const when = (iso: string) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: f.period.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }).formatToParts(new Date(iso));
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
  };
  const category = (id: string | null) => (id ? f.categories[id]?.[locale] ?? id : t('items.noCategory'));
  const { work, measures: m } = f;
  const item = (key: string, value: string): string[] => [t(`items.${key}` as 'items.received'), value];
  const itemValue = [t('item'), t('value')];

  const sections: ReportSection[] = [
    {
      key: 'summary', title: t('sections.summary'), columns: itemValue,
      rows: [
        item('received', num(work.totals.received)),
        item('handled', num(work.totals.handled)),
        item('overdueNow', num(work.overdue.total)),
        item('overdueMinorsNow', num(work.overdue.minors)),
      ],
    },
    {
      key: 'channels', title: t('sections.channels'), columns: [t('channel'), t('category'), t('items.received'), t('items.handled')],
      rows: [
        ...work.byChannelCategory.map((r) => [t(`channels.${r.channel}`), category(r.categoryId), num(r.received), num(r.handled)]),
        [t('items.total'), '', num(work.totals.received), num(work.totals.handled)],
      ],
    },
    {
      key: 'firstAction', title: t('sections.firstAction'), columns: itemValue, note: t('percentileNote'),
      rows: [item('cases', num(work.firstAction.cases)), item('p50', secs(work.firstAction.p50, none)), item('p95', secs(work.firstAction.p95, none))],
    },
    {
      key: 'minors', title: t('sections.minors'), columns: itemValue,
      rows: [
        item('minorsDecided', num(work.minors.decided)),
        item('minorsOnTime', num(work.minors.onTime)),
        item('minorsMissedOpen', num(work.minors.missedOpen)),
        item('minorsShare', work.minors.share === null ? none : `${(work.minors.share * 100).toFixed(1)}%`),
      ],
    },
    {
      key: 'outcomes', title: t('sections.outcomes'), columns: itemValue,
      rows: [
        ...(Object.keys(work.outcomes) as (keyof typeof work.outcomes)[]).map((a) => [t(`outcomes.${a}`), num(work.outcomes[a])]),
        ...(m.corrections ? [item('decisionsUndone', num(m.corrections.undone)), item('decisionsReversed', num(m.corrections.reversed))] : []),
      ],
      ...(m.corrections ? { note: t('correctionsNote') } : {}),
    },
    {
      key: 'sanctions', title: t('sections.sanctions'), columns: [t('item'), t('items.applied'), t('items.proposed'), t('items.reversed')],
      rows: m.sanctions.map((s) => [t(`sanctionTypes.${s.type}`), num(s.applied), num(s.proposed), num(s.reversed)]),
    },
    {
      key: 'fourEyes', title: t('sections.fourEyes'), columns: [t('item'), t('items.approved'), t('items.rejected')],
      rows: m.fourEyes.map((r) => [t(`kinds.${r.kind}`), num(r.approved), num(r.rejected)]),
    },
    {
      key: 'appeals', title: t('sections.appeals'), columns: itemValue,
      rows: [item('appealsFiled', num(m.appeals.filed)), item('appealsUpheld', num(m.appeals.upheld)), item('appealsOverturned', num(m.appeals.overturned))],
    },
    {
      key: 'spread', title: t('sections.spread'), columns: itemValue,
      rows: [
        item('dispersed', num(m.sections.dispersed)), item('closed', num(m.sections.closed)),
        item('folded', num(m.comments.folded)), item('removed', num(m.comments.removed)),
        item('stopped', num(m.liveRoomsStopped)),
        item('videosHeld', num(m.videos.held)), item('videosApproved', num(m.videos.approved)), item('videosRejected', num(m.videos.rejected)),
      ],
    },
    {
      key: 'incidents', title: t('sections.incidents'),
      columns: [t('items.incident'), t('detail'), t('items.disclosures'), t('items.lastDisclosure')],
      rows: m.incidents.length === 0
        ? [[t('items.noIncidents'), '', '', '']]
        : m.incidents.map((i) => [
          i.title,
          `${t(`risks.${i.risk}` as 'risks.low')} · ${t(`statuses.${i.status}` as 'statuses.active')}`,
          num(i.disclosuresPublished),
          i.lastDisclosure ? when(i.lastDisclosure) : none,
        ]),
    },
  ];
  if (m.alerts) {
    sections.push({
      key: 'alerts', title: t('sections.alerts'), columns: itemValue,
      rows: [
        item('alertsRaised', num(m.alerts.raised)), item('alertsResponded', num(m.alerts.responded)),
        item('alertsP50', secs(m.alerts.p50, none)), item('alertsP95', secs(m.alerts.p95, none)),
        ...m.alerts.byStatus.map((s) => [t('items.alertsStatus', { status: s.status }), num(s.n)]),
      ],
    });
  }
  return {
    locale,
    heading: t('heading'),
    organisation: t('organisation'),
    meta: [
      [t('period'), f.period.label],
      [t('kind'), t(`periodKinds.${f.period.kind}`)],
      [t('timeZone'), f.period.timeZone],
      [t('generatedAt'), when(f.generatedAt)],
      [t('generatedBy'), meta.generatedBy],
      [t('reportId'), meta.reportId],
    ],
    sections,
  };
}
