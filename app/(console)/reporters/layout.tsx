import { ClientMessages } from '@/components/i18n/client-messages';

// Only what this section's client components read is sent to the browser (lib/i18n/client-namespaces.test.ts).
export default function ReportersLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['admin', 'common', 'reporters']}>{children}</ClientMessages>;
}
