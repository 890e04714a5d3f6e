import { useTranslation } from '../i18n/use-translation';
import { BackupIcon, TrashIcon } from '../components/icons';

/** Plans, Trash and Backups: the library's three views, one link each. */
export function LibraryTabs({ current }: { current: 'plans' | 'trash' | 'backups' }) {
  const { t } = useTranslation();
  return (
    <nav className="segmented" aria-label={t('library.viewLabel')}>
      <a href="#/" className="segmented__item" aria-current={current === 'plans' ? 'page' : undefined}>
        {t('library.tabPlans')}
      </a>
      <a href="#/trash" className="segmented__item" aria-current={current === 'trash' ? 'page' : undefined}>
        <TrashIcon size={14} />
        {t('library.tabTrash')}
      </a>
      <a href="#/backups" className="segmented__item" aria-current={current === 'backups' ? 'page' : undefined}>
        <BackupIcon size={14} />
        {t('backups.tab')}
      </a>
    </nav>
  );
}
