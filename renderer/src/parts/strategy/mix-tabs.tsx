import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { AlertIcon, CheckIcon } from '../../components/icons';

export type MixTab<K extends string> = { key: K; label: string; done: boolean; warning?: boolean };

export const tabId = (base: string, key: string) => `${base}-tab-${key}`;
export const panelId = (base: string, key: string) => `${base}-panel-${key}`;

/**
 * A WAI-ARIA tab list: one tab stop; ←/→ (and Home/End) move to a tab and show it. A tick marks
 * the tabs whose form already has what the part's completeness asks for.
 */
export function MixTabs<K extends string>({
  label,
  base,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  base: string;
  tabs: readonly MixTab<K>[];
  selected: K;
  onSelect(key: K): void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const key = tabs[next]!.key;
    onSelect(key);
    ref.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(base, key))}`)?.focus();
  }

  return (
    <div className="mix-tabs" role="tablist" aria-label={label} ref={ref} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const active = tab.key === selected;
        return (
          <button
            key={tab.key}
            id={tabId(base, tab.key)}
            type="button"
            role="tab"
            className="mix-tabs__tab"
            aria-selected={active}
            aria-controls={panelId(base, tab.key)}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
            {tab.warning ? (
              <span className="mix-tabs__warning">
                <AlertIcon size={13} />
                <span className="visually-hidden"> ({t('strategyEditor.mix.attention')})</span>
              </span>
            ) : tab.done ? (
              <span className="mix-tabs__done">
                <CheckIcon size={10} />
                <span className="visually-hidden"> ({t('strategyEditor.mix.filled')})</span>
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
