import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export type MenuItem = {
  id: string;
  label: string;
  icon?: ReactNode;
  danger?: boolean;
  separatorBefore?: boolean;
  onSelect: () => void;
};

type MenuButtonProps = {
  label: string;
  items: MenuItem[];
  children: ReactNode;
  className?: string;
  tabIndex?: number;
};

/**
 * A button that opens a menu (WAI-ARIA menu button): Enter, Space or ↓ open it on the first
 * item, ↑/↓/Home/End move, Esc or Tab close it and focus returns to the button.
 */
export function MenuButton({ label, items, children, className, tabIndex }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const menuId = useId();

  /** Puts the menu below the button, or above it when there is no room below. */
  function place(): void {
    if (!buttonRef.current || !menuRef.current) return;
    const button = buttonRef.current.getBoundingClientRect();
    const menu = menuRef.current.getBoundingClientRect();
    const below = button.bottom + 4 + menu.height <= window.innerHeight - 8;
    const next = {
      top: below ? button.bottom + 4 : Math.max(8, button.top - 4 - menu.height),
      left: Math.max(8, Math.min(button.right - menu.width, window.innerWidth - menu.width - 8)),
    };
    setPosition((p) => (p && p.top === next.top && p.left === next.left ? p : next));
  }

  useLayoutEffect(() => {
    if (open) place();
  }, [open]);

  // Focus only once the menu is placed: a hidden element cannot take focus.
  useEffect(() => {
    if (!open || !position || !menuRef.current) return;
    if (menuRef.current.contains(document.activeElement)) return;
    const menuItems = menuItemsOf(menuRef.current);
    (focusOnOpen.current === 'first' ? menuItems[0] : menuItems[menuItems.length - 1])?.focus();
  }, [open, position]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    const onResize = () => close(false);
    // The menu follows its button while the page moves under it (the user scrolls a little, or a
    // section further up takes its real height as it is first drawn); it closes once the button is out of view.
    const onScroll = () => {
      const button = buttonRef.current?.getBoundingClientRect();
      if (!button || button.bottom < 0 || button.top > window.innerHeight) close(false);
      else place();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('resize', onResize);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('resize', onResize);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [open]);

  function openMenu(focus: 'first' | 'last') {
    focusOnOpen.current = focus;
    setPosition(null);
    setOpen(true);
  }

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys inside the menu belong to it, not to the row or page around the button.
    event.stopPropagation();
    const menuItems = menuItemsOf(event.currentTarget);
    const index = menuItems.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      menuItems[(to + menuItems.length) % menuItems.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(menuItems.length - 1);
      case 'Escape':
        event.preventDefault();
        return close(true);
      case 'Tab':
        event.preventDefault();
        return close(true);
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const key = event.key.toLocaleLowerCase();
          const start = index + 1;
          const ordered = [...menuItems.slice(start), ...menuItems.slice(0, start)];
          const match = ordered.find((el) => el.textContent?.trim().toLocaleLowerCase().startsWith(key));
          if (match) {
            event.preventDefault();
            match.focus();
          }
        }
    }
  }

  function select(item: MenuItem) {
    close(true);
    item.onSelect();
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className ?? 'icon-button'}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        tabIndex={tabIndex}
        onClick={(event) => {
          event.stopPropagation();
          if (open) close(true);
          else openMenu('first');
        }}
        onKeyDown={onButtonKeyDown}
      >
        {children}
      </button>
      {open
        ? createPortal(
            <div
              ref={menuRef}
              id={menuId}
              role="menu"
              aria-label={label}
              className="menu"
              style={position ? { top: position.top, left: position.left } : { top: 0, left: 0, visibility: 'hidden' }}
              onKeyDown={onMenuKeyDown}
              onClick={(event) => event.stopPropagation()}
              onDoubleClick={(event) => event.stopPropagation()}
            >
              {items.map((item) => (
                <div key={item.id} role="none" className={item.separatorBefore ? 'menu__group' : undefined}>
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className={`menu__item${item.danger ? ' menu__item--danger' : ''}`}
                    onClick={() => select(item)}
                  >
                    <span className="menu__icon">{item.icon}</span>
                    <span>{item.label}</span>
                  </button>
                </div>
              ))}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}

function menuItemsOf(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
}
