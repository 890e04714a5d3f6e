import { useTranslation } from '../i18n/use-translation';
import { BackupIcon, TeamIcon, TrashIcon } from '../components/icons';

/** Plans, Trash, Backups and Team: the library's four views, one link each. */
export function LibraryTabs({ current }: { current: 'plans' | 'trash' | 'backups' | 'team' }) {
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
      <a href="#/team" className="segmented__item" aria-current={current === 'team' ? 'page' : undefined}>
        <TeamIcon size={14} />
        {t('team.tab')}
      </a>
    </nav>
  );
}
