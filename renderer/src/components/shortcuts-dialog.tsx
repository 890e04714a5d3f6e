import { Fragment, useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Modal } from './modal';
import { isMacPlatform, shortcutGroups, type Combo, type ShortcutGroupName } from './shortcut-groups';
import './shortcuts-dialog.css';

/** The second column's groups; the rest fill the first, so the two come out about the same height. */
const SECOND_COLUMN: readonly ShortcutGroupName[] = ['library', 'tables'];

/** Every shortcut, grouped (General, Plan, Text; Plan library, Tables), in the platform's notation. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const groups = shortcutGroups(isMacPlatform(navigator.platform));
  const columns = [groups.filter((g) => !SECOND_COLUMN.includes(g.name)), groups.filter((g) => SECOND_COLUMN.includes(g.name))];
  const idBase = useId();
  return (
    <Modal title={t('shortcuts.title')} description={t('shortcuts.intro')} onClose={onClose} size="lg">
      <div className="modal__body shortcut-sheet">
        {columns.map((column, c) => (
          <div key={c} className="shortcut-sheet__column">
            {column.map((group) => (
              <section key={group.name} className="shortcut-sheet__group" aria-labelledby={`${idBase}-${group.name}`}>
                <h3 id={`${idBase}-${group.name}`} className="shortcut-sheet__title">
                  {t(`shortcuts.groups.${group.name}`)}
                </h3>
                <dl className="shortcut-sheet__list">
                  {group.rows.map((row) => (
                    <div key={row.label} className="shortcut-sheet__row">
                      <dt className="shortcut-sheet__keys">
                        {row.combos.map((combo, i) => (
                          <Fragment key={i}>
                            {i > 0 ? (
                              <span className="shortcut-sheet__or">
                                <span aria-hidden="true">/</span>
                                <span className="visually-hidden"> {t('shortcuts.or')} </span>
                              </span>
                            ) : null}
                            <ComboKeys combo={combo} />
                          </Fragment>
                        ))}
                      </dt>
                      <dd className="shortcut-sheet__label">{t(`shortcuts.keys.${row.label}`)}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
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

function ComboKeys({ combo }: { combo: Combo }) {
  return (
    <span className="shortcut-sheet__combo">
      {combo.map((key, i) => (
        <kbd key={i} className="kbd">
          {key}
        </kbd>
      ))}
    </span>
  );
}
