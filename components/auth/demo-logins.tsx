import { getTranslations } from 'next-intl/server';

export async function DemoLogins({ logins }: { logins: { email: string; role: string; password: string }[] }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="demo-logins" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="demo-logins" className="font-medium text-amber-900">{t('auth.demoTitle')}</h2>
      <p className="mt-1 text-amber-900">{t('auth.demoBody')}</p>
      <table className="mt-2 w-full">
        <tbody>
          {logins.map((l) => (
            <tr key={l.email}>
              <td className="py-0.5 pr-2">{t(`common.roles.${l.role}` as 'common.roles.admin')}</td>
              <td className="py-0.5 pr-2 font-mono">{l.email}</td>
              <td className="py-0.5 font-mono">{l.password}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
