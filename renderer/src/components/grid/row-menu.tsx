import { useTranslation } from '../../i18n/use-translation';
import { ArrowDownIcon, ArrowUpIcon } from '../editor-icons';
import { MoreIcon, TrashIcon } from '../icons';
import { MenuButton, type MenuItem } from '../menu-button';

export type RowAction = 'moveUp' | 'moveDown' | 'delete';

type RowMenuProps = {
  rowId: string;
  number: number;
  /** The grid's active cell: the button holds the row's tab stop. */
  active: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  cell: string;
  onAction(rowId: string, action: RowAction): void;
};

/** A row's actions: move up/down (also Alt+↑/↓ anywhere in the row) and delete. */
export function RowMenu({ rowId, number, active, canMoveUp, canMoveDown, cell, onAction }: RowMenuProps) {
  const { t } = useTranslation();
  const items: MenuItem[] = [
    ...(canMoveUp ? [{ id: 'up', label: t('editor.grid.moveUp'), icon: <ArrowUpIcon />, onSelect: () => onAction(rowId, 'moveUp') }] : []),
    ...(canMoveDown ? [{ id: 'down', label: t('editor.grid.moveDown'), icon: <ArrowDownIcon />, onSelect: () => onAction(rowId, 'moveDown') }] : []),
    {
      id: 'delete',
      label: t('editor.grid.deleteRow'),
      icon: <TrashIcon />,
      danger: true,
      separatorBefore: canMoveUp || canMoveDown,
      onSelect: () => onAction(rowId, 'delete'),
    },
  ];
  return (
    <span className="grid__menu" data-cell={cell}>
      <MenuButton
        label={t('editor.grid.rowActions', { row: number })}
        items={items}
        className="icon-button icon-button--sm"
        tabIndex={active ? 0 : -1}
      >
        <MoreIcon />
      </MenuButton>
    </span>
  );
}
