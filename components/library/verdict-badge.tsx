import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { ExampleStatus, ExampleVerdict } from '@/db/schema';

export function VerdictBadge({ verdict }: { verdict: ExampleVerdict }) {
  const t = useTranslations('library.verdict');
  return <Badge tone={verdict === 'violation' ? 'red' : 'green'}>{t(verdict)}</Badge>;
}

export function StatusBadge({ status }: { status: ExampleStatus }) {
  const t = useTranslations('library.status');
  return <Badge tone={status === 'accepted' ? 'blue' : status === 'proposed' ? 'amber' : 'neutral'}>{t(status)}</Badge>;
}
