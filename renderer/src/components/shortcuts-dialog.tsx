import { useTranslation } from 'react-i18next';
import type { LocaleResource } from '../../../shared/i18n';
import { Modal } from './modal';

type ShortcutKey = keyof LocaleResource['shortcuts'];
type Group = { title: ShortcutKey; rows: { keys: string[][]; label: ShortcutKey }[] };

/** On macOS the Alt key is labelled Option. */
function altName(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌥' : 'Alt';
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const alt = altName();
  const groups: Group[] = [
    {
      title: 'groupGlobal',
      rows: [
        { keys: [['?'], ['F1']], label: 'help' },
        { keys: [['Esc']], label: 'closeDialog' },
      ],
    },
    {
      title: 'groupLibrary',
      rows: [
        { keys: [['↑'], ['↓']], label: 'rowsMove' },
        { keys: [['Enter']], label: 'rowOpen' },
        { keys: [['F2']], label: 'rowRename' },
        { keys: [['Delete']], label: 'rowTrash' },
        { keys: [['/']], label: 'search' },
      ],
    },
    {
      title: 'groupWorkspace',
      rows: [
        { keys: [[alt, '↑']], label: 'partPrev' },
        { keys: [[alt, '↓']], label: 'partNext' },
        { keys: [[alt, '←'], ['Esc']], label: 'back' },
      ],
    },
  ];
  return (
    <Modal title={t('shortcuts.title')} description={t('shortcuts.intro')} onClose={onClose} size="md">
      <div className="modal__body shortcuts">
        {groups.map((group) => (
          <section key={group.title} className="shortcuts__group">
            <h3 className="shortcuts__title">{t(`shortcuts.${group.title}`)}</h3>
            <dl className="shortcuts__list">
              {group.rows.map((row) => (
                <div key={row.label} className="shortcuts__row">
                  <dt className="shortcuts__keys">
                    {row.keys.map((combo, i) => (
                      <span key={i} className="shortcuts__combo">
                        {combo.map((key) => (
                          <kbd key={key} className="kbd">
                            {key}
                          </kbd>
                        ))}
                      </span>
                    ))}
                  </dt>
                  <dd className="shortcuts__label">{t(`shortcuts.${row.label}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="modal__footer">
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
