import { getTranslations } from 'next-intl/server';
import { LocaleSelect } from './locale-select';

export async function LocaleSwitcher() {
  const t = await getTranslations('common');
  return <LocaleSelect label={t('language')} />;
}
