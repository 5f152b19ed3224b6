import { ClientMessages } from '@/components/i18n/client-messages';

// Only what this section's client components read is sent to the browser (lib/i18n/client-namespaces.test.ts).
export default function CasesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['admin', 'case', 'common', 'corrections', 'notes', 'queue', 'standards', 'wellness']}>{children}</ClientMessages>;
}
