import { ClientMessages } from '@/components/i18n/client-messages';

// Only what the sign-in page's client components read is sent to the browser (lib/i18n/client-namespaces.test.ts).
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['auth']}>{children}</ClientMessages>;
}
