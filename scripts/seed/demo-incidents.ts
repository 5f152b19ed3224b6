import { count, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '@/db/client';
import {
  cases, disclosureVersions, disclosures, evidenceSnapshots, incidentCases, incidentLinks, incidentParties, incidentStatements,
  incidentTerms, incidents, staff,
} from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { incidentMeasures } from '@/lib/incidents/measures';
import { draftTemplate } from '@/lib/disclosures/template';

const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };
const HOUR = 3_600_000;

/** Seeded cases whose reported text names the person (the demo report texts name their targets). */
async function casesNaming(tx: Executor, name: string, limit: number) {
  const rows = await tx.select({ id: cases.id }).from(cases)
    .innerJoin(evidenceSnapshots, eq(evidenceSnapshots.id, cases.firstEvidenceId))
    .where(sql`${evidenceSnapshots.content}->>'text' like ${`%${name}%`}`)
    .orderBy(cases.createdAt).limit(limit);
  return rows.map((r) => r.id);
}

const demo = [
  {
    title: '林晓雨毕业照遭网暴', summary: 'A graduate\'s photo went viral; a pile-on of insults and rumours followed, with her school named.',
    status: 'active' as const, risk: 'high' as const, name: '林晓雨', link: 8,
    parties: [
      { accountId: 'person_zh_0', displayName: '林晓雨', handle: '@xiaoyu_lin', role: 'targeted_person' as const, isMinor: false },
      { accountId: 'poster_0', displayName: '吃瓜第一线', handle: '@chigua_01', role: 'originator' as const, isMinor: false },
    ],
    terms: [{ term: '林晓雨', language: 'zh' as const }, { term: '林晓雨滚出网络', language: 'zh' as const }, { term: 'Lin Xiaoyu', language: 'en' as const }],
    section: 'topic-lin-xiaoyu',
    statements: [{ source: '市公安局网安支队', text: '经核查，网传“考试作弊被开除”系谣言，警方已依法处理造谣者。', link: 'https://police.example.cn/notice/2026-031' }],
  },
  {
    title: 'Emma Walsh fundraiser rumours', summary: 'Claims that a fundraiser was faked spread with her address; brigading followed.',
    status: 'contained' as const, risk: 'medium' as const, name: 'Emma Walsh', link: 6,
    parties: [
      { accountId: 'person_en_0', displayName: 'Emma Walsh', handle: '@emmawalsh', role: 'targeted_person' as const, isMinor: false },
      { accountId: 'poster_7', displayName: 'TruthSeeker', handle: '@truthseeker77', role: 'inciter' as const, isMinor: false },
    ],
    terms: [{ term: 'Emma Walsh', language: 'en' as const }, { term: '#EmmaWalshExposed', language: 'en' as const }],
    section: 'topic-emmawalsh-exposed',
    statements: [{ source: 'Harbor Health', text: 'The fundraiser is genuine: the hospital confirms the treatment and the costs.', link: 'https://harborhealth.example/statement' }],
  },
];

/**
 * Two demo incidents on top of the demo reports: parties, key terms, the seeded cases that name the
 * targeted person, a statement each, and a published disclosure for the first, written by the demo
 * moderator and approved and published by the second supervisor.
 */
export async function seedDemoIncidents(db: Db, now: Date): Promise<{ incidents: number }> {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(incidents);
    if (n > 0) return { incidents: 0 };
    const people = await tx.select().from(staff).where(inArray(staff.email, ['moderator@bulwark.test', 'supervisor@bulwark.test', 'supervisor2@bulwark.test']));
    const who = (email: string) => people.find((p) => p.email === email)!;
    const [moderator, supervisor, supervisor2] = [who('moderator@bulwark.test'), who('supervisor@bulwark.test'), who('supervisor2@bulwark.test')];

    for (const [i, spec] of demo.entries()) {
      const opened = new Date(now.getTime() - (48 - i * 12) * HOUR);
      const [incident] = await tx.insert(incidents).values({
        title: spec.title, summary: spec.summary, status: spec.status, risk: spec.risk, createdBy: supervisor.id, createdAt: opened, updatedAt: now,
      }).returning();
      await tx.insert(incidentParties).values(spec.parties.map((p) => ({ ...p, incidentId: incident.id })));
      await tx.insert(incidentTerms).values(spec.terms.map((t) => ({ ...t, incidentId: incident.id })));
      await tx.insert(incidentLinks).values({ incidentId: incident.id, kind: 'section', ref: spec.section, linkedBy: supervisor.id });
      const caseIds = await casesNaming(tx, spec.name, spec.link);
      if (caseIds.length) await tx.insert(incidentCases).values(caseIds.map((caseId) => ({ incidentId: incident.id, caseId, linkedBy: moderator.id })));
      for (const s of spec.statements) {
        await tx.insert(incidentStatements).values({ ...s, incidentId: incident.id, statedAt: new Date(opened.getTime() + 6 * HOUR), publishedBy: supervisor.id, publishedAt: new Date(opened.getTime() + 7 * HOUR) });
      }
      const requestId = `demo-seed-incident-${i}`;
      await writeAudit(tx, seedActor, requestId, [
        { action: 'incident.create', targetType: 'incident', targetId: incident.id, after: { title: spec.title } },
        ...caseIds.map((caseId) => ({ action: 'incident.linkCase', targetType: 'incident', targetId: incident.id, after: { caseId } })),
        { action: 'statement.publish', targetType: 'incident', targetId: incident.id, after: { source: spec.statements[0].source } },
      ]);

      if (i === 0) {
        const measures = await incidentMeasures(tx, incident.id);
        const text = draftTemplate(measures);
        const [d] = await tx.insert(disclosures).values({ incidentId: incident.id, createdBy: moderator.id, createdAt: new Date(now.getTime() - 6 * HOUR) }).returning();
        await tx.insert(disclosureVersions).values({
          disclosureId: d.id, version: 1, status: 'published', ...text,
          titleEn: 'Handling of a pile-on against a graduate', titleZh: '关于某毕业生遭受网络暴力的处置通报',
          bodyEn: `${text.bodyEn}\nRumours that she was expelled were refuted by the police; the accounts that started them were sanctioned.`,
          bodyZh: `${text.bodyZh}\n关于其“被开除”的谣言已被警方辟谣，首发账号已依规处置。`,
          measures, authorId: moderator.id, submittedAt: new Date(now.getTime() - 5 * HOUR),
          reviewedBy: supervisor2.id, reviewedAt: new Date(now.getTime() - 4 * HOUR),
          publishedBy: supervisor2.id, publishedAt: new Date(now.getTime() - 3 * HOUR),
        });
        await writeAudit(tx, seedActor, requestId, [
          { action: 'disclosure.draft', targetType: 'disclosure', targetId: d.id },
          { action: 'disclosure.publish', targetType: 'disclosure', targetId: d.id, after: { version: 1 } },
        ]);
      }
    }
    return { incidents: demo.length };
  });
}
