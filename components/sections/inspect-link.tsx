import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** From an incident's page to every section and post that mentions it. */
export function InspectSectionsLink({ incidentId }: { incidentId: string }) {
  const t = useTranslations('sections.inspect');
  return <Link className="text-sm text-brand-700 hover:underline" href={`/sections/inspect?incident=${incidentId}`}>{t('fromIncident')}</Link>;
}
