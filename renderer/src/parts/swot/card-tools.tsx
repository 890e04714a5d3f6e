import { useTranslation } from '../../i18n/use-translation';
import { ArrowDownIcon, ArrowUpIcon } from '../../components/editor-icons';
import { TrashIcon } from '../../components/icons';

type CardToolsProps = {
  /** The card's label ("Strength 2"), so each button is named for the card it acts on. */
  name: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove(step: 1 | -1): void;
  onDelete(): void;
};

/**
 * Move up, move down and delete for a card. At an end, a move button stays focusable but does
 * nothing (aria-disabled): a disabled button would drop the focus of the user who just used it.
 */
export function CardTools({ name, canMoveUp, canMoveDown, onMove, onDelete }: CardToolsProps) {
  const { t } = useTranslation();
  const tool = (label: string) => ({ 'aria-label': `${label} · ${name}`, title: label });
  return (
    <span className="card-tools">
      <button
        type="button"
        className="icon-button icon-button--sm card-tools__button"
        {...tool(t('swotEditor.moveUp'))}
        aria-disabled={!canMoveUp || undefined}
        aria-keyshortcuts="Alt+ArrowUp"
        onClick={() => canMoveUp && onMove(-1)}
      >
        <ArrowUpIcon size={14} />
      </button>
      <button
        type="button"
        className="icon-button icon-button--sm card-tools__button"
        {...tool(t('swotEditor.moveDown'))}
        aria-disabled={!canMoveDown || undefined}
        aria-keyshortcuts="Alt+ArrowDown"
        onClick={() => canMoveDown && onMove(1)}
      >
        <ArrowDownIcon size={14} />
      </button>
      <button
        type="button"
        className="icon-button icon-button--sm card-tools__button card-tools__button--danger"
        {...tool(t('swotEditor.delete'))}
        onClick={onDelete}
      >
        <TrashIcon size={14} />
      </button>
    </span>
  );
}
