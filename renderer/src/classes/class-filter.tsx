import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ClassSummary } from '../../../shared/contracts/class-views';
import { ConfirmDialog } from '../components/confirm-dialog';
import { MoreIcon } from '../components/icons';
import { MenuButton, type MenuItem } from '../components/menu-button';
import { routeHref } from '../routing/route';
import { useStore } from '../state/store';
import { openFolderPicker } from '../plan-files/import-picker';
import { createClass, deleteClass, renameClass } from './class-actions';
import { ClassNameDialog } from './class-name-dialog';

type Dialog = { kind: 'create' } | { kind: 'rename'; klass: ClassSummary } | { kind: 'delete'; klass: ClassSummary } | null;

/** The library's class filter: which class's plans to list, the way to its board, and the class's own actions. */
export function ClassFilter() {
  const { t } = useTranslation();
  const classes = useStore((s) => s.classes);
  const classFilter = useStore((s) => s.classFilter);
  const [dialog, setDialog] = useState<Dialog>(null);
  const id = useId();
  const current = classes.find((c) => c.id === classFilter) ?? null;

  useEffect(() => {
    void useStore.getState().loadClasses();
  }, []);

  const items: MenuItem[] = [
    { id: 'create-class', label: t('classes.createClass'), onSelect: () => setDialog({ kind: 'create' }) },
    { id: 'import-folder', label: t('classes.importFolder'), onSelect: openFolderPicker },
    ...(current
      ? [
          { id: 'rename-class', label: t('classes.renameClass'), onSelect: () => setDialog({ kind: 'rename', klass: current }) },
          {
            id: 'delete-class',
            label: t('classes.deleteClass'),
            danger: true,
            separatorBefore: true,
            onSelect: () => setDialog({ kind: 'delete', klass: current }),
          },
        ]
      : []),
  ];

  return (
    <div className="class-filter">
      <label className="class-filter__label" htmlFor={id}>
        {t('classes.filterLabel')}
      </label>
      <select
        id={id}
        className="select class-filter__select"
        value={classFilter ?? ''}
        onChange={(e) => useStore.getState().setClassFilter(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('classes.allPlans')}</option>
        {classes.map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.name} (${t('classes.classCount', { count: c.plans })})`}
          </option>
        ))}
      </select>
      {current ? (
        <a className="button button--secondary button--sm" href={routeHref({ name: 'class', classId: current.id })}>
          {t('classes.board')}
        </a>
      ) : null}
      <MenuButton label={t('classes.manageClass')} items={items} className="icon-button">
        <MoreIcon />
      </MenuButton>

      {dialog?.kind === 'create' ? (
        <ClassNameDialog
          title={t('classes.createClassTitle')}
          initial=""
          submitLabel={t('classes.create')}
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            const result = await createClass(name);
            if (result.ok) useStore.getState().setClassFilter(result.value.id);
            return result;
          }}
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <ClassNameDialog
          title={t('classes.renameClass')}
          initial={dialog.klass.name}
          submitLabel={t('classes.rename')}
          onClose={() => setDialog(null)}
          onSubmit={(name) => renameClass(dialog.klass.id, name)}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('classes.deleteClassTitle', { name: dialog.klass.name })}
          body={t('classes.deleteClassBody', { count: dialog.klass.plans })}
          confirmLabel={t('classes.deleteClassConfirm')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await deleteClass(dialog.klass);
          }}
        />
      ) : null}
    </div>
  );
}
