import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import './globals.css';

export const metadata: Metadata = { title: 'Bulwark', description: 'Cyberviolence governance console' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <body className="min-h-screen">
        {/* No messages here: each route group and section sends only its client components' namespaces. */}
        <ClientMessages namespaces={[]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
