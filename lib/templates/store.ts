import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accounts, categories, messageTemplates, sanctionCases, staff, type Sanction } from '@/db/schema';
import { organisationTimeZone } from '@/lib/organisation/time-zone';
import { sanctionReference } from '@/lib/sanctions/reference';
import { utcToZonedLocal } from '@/lib/time/zone';
import { defaultTemplates, renderTemplate, templateLocales, type TemplateKind, type TemplateLocale, type TemplateValues } from './render';

export type CurrentTemplate = { kind: TemplateKind; locale: TemplateLocale; body: string; version: number; editedBy: string | null; editedAt: string | null };

/** The template in force for each kind and language: the highest version, or the built-in default (version 0). */
export async function currentTemplates(db: Executor): Promise<CurrentTemplate[]> {
  const rows = await db.selectDistinctOn([messageTemplates.kind, messageTemplates.locale], {
    kind: messageTemplates.kind, locale: messageTemplates.locale, body: messageTemplates.body, version: messageTemplates.version,
    editedBy: staff.name, editedAt: messageTemplates.createdAt,
  }).from(messageTemplates).leftJoin(staff, eq(staff.id, messageTemplates.createdBy))
    .orderBy(messageTemplates.kind, messageTemplates.locale, desc(messageTemplates.version));
  const found = new Map(rows.map((r) => [`${r.kind}:${r.locale}`, r]));
  return (Object.keys(defaultTemplates) as TemplateKind[]).flatMap((kind) => templateLocales.map((locale) => {
    const r = found.get(`${kind}:${locale}`);
    return r ? { kind, locale, body: r.body, version: r.version, editedBy: r.editedBy, editedAt: r.editedAt.toISOString() }
      : { kind, locale, body: defaultTemplates[kind][locale], version: 0, editedBy: null, editedAt: null };
  }));
}

/** Saves a new version; the previous one stays, so every text ever shown can be looked up. */
export async function saveTemplateVersion(db: Executor, kind: TemplateKind, locale: TemplateLocale, body: string, staffId: string) {
  // The (kind, locale, version) key refuses a parallel save of the same version; define-action says "conflict".
  const [row] = await db.insert(messageTemplates).values({
    kind, locale, body, createdBy: staffId,
    version: sql`(select coalesce(max(version), 0) + 1 from message_templates where kind = ${kind} and locale = ${locale})`,
  }).returning({ version: messageTemplates.version });
  return row.version;
}

/** The body in force for a kind, per language. */
async function bodiesOf(db: Executor, kind: TemplateKind): Promise<Record<TemplateLocale, string>> {
  const rows = await db.selectDistinctOn([messageTemplates.locale], { locale: messageTemplates.locale, body: messageTemplates.body })
    .from(messageTemplates).where(eq(messageTemplates.kind, kind)).orderBy(messageTemplates.locale, desc(messageTemplates.version));
  const body = (locale: TemplateLocale) => rows.find((r) => r.locale === locale)?.body ?? defaultTemplates[kind][locale];
  return { en: body('en'), zh: body('zh') };
}

/** The text in both languages, rendered from the templates in force: what goes into the outbox message. */
export async function accountMessage(db: Executor, kind: TemplateKind, values: Record<TemplateLocale, TemplateValues>): Promise<Record<TemplateLocale, string>> {
  const bodies = await bodiesOf(db, kind);
  return { en: renderTemplate(bodies.en, values.en), zh: renderTemplate(bodies.zh, values.zh) };
}

/** The placeholder values for a sanction's message, per language (the category has a name in each). */
async function sanctionValues(db: Executor, s: Sanction): Promise<Record<TemplateLocale, TemplateValues>> {
  const [account] = await db.select({ handle: accounts.handle }).from(accounts).where(eq(accounts.id, s.accountId));
  const [category] = s.categoryId ? await db.select({ en: categories.nameEn, zh: categories.nameZh }).from(categories).where(eq(categories.id, s.categoryId)) : [];
  const [linked] = await db.select({ caseId: sanctionCases.caseId }).from(sanctionCases).where(eq(sanctionCases.sanctionId, s.id)).limit(1);
  const zone = await organisationTimeZone(db);
  // An end time in the organisation's zone, named; a notice without one lasts "until further notice".
  const until = s.endsAt ? `${utcToZonedLocal(s.endsAt, zone).replace('T', ' ')} (${zone})` : null;
  const common = { handle: account?.handle || s.accountId, reference: sanctionReference(s.id), caseShortId: linked?.caseId.slice(0, 8) ?? '' };
  return {
    en: { ...common, category: category?.en ?? '', until: until ?? 'further notice' },
    zh: { ...common, category: category?.zh ?? '', until: until ?? '另行通知' },
  };
}

/** The rendered message for a sanction: a warning, the "speak reasonably" notice, or an appeal's outcome. */
export async function sanctionMessage(db: Executor, kind: TemplateKind, s: Sanction): Promise<Record<TemplateLocale, string>> {
  return accountMessage(db, kind, await sanctionValues(db, s));
}
