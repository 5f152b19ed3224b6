import { getTranslations } from 'next-intl/server';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import type { Manifest } from '@/lib/referrals/bundle';

export async function ManifestTable({ manifest }: { manifest: Manifest }) {
  const t = await getTranslations('referrals');
  return (
    <section aria-labelledby="manifest-title" className="space-y-2">
      <h2 id="manifest-title" className="text-base font-semibold text-slate-900">{t('detail.manifestTitle')}</h2>
      <Table caption={t('detail.manifestCaption')} className="max-h-96 overflow-y-auto">
        <THead>
          <Th>{t('detail.file')}</Th>
          <Th className="text-right">{t('fields.size')}</Th>
          <Th>SHA-256</Th>
        </THead>
        <TBody>
          {manifest.files.map((f) => (
            <tr key={f.name}>
              <Td className="break-all font-mono text-xs">{f.name}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{t('detail.bytes', { count: f.size })}</Td>
              <Td className="break-all font-mono text-xs text-slate-600">{f.sha256}</Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
