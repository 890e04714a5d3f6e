/** Icons of the editors (grid, rich text, part pages), in the frame of icons.tsx. */
import { Icon, type IconProps } from './icons';

export const ArrowUpIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 12.75v-9.5M4 7.25l4-4 4 4" />
  </Icon>
);

export const ArrowDownIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 3.25v9.5M4 8.75l4 4 4-4" />
  </Icon>
);

export const ChevronDownIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="m4.5 6.25 3.5 3.5 3.5-3.5" />
  </Icon>
);

export const BoldIcon = (p: IconProps) => (
  <Icon {...p} strokeWidth={1.8}>
    <path d="M4.75 3h4a2.5 2.5 0 0 1 0 5h-4zM4.75 8h4.75a2.5 2.5 0 0 1 0 5H4.75z" />
  </Icon>
);

export const ItalicIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10.5 3h-4M9.5 13h-4M9 3 7 13" />
  </Icon>
);

export const BulletListIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
    <circle cx="3" cy="4" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="8" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="12" r="0.9" fill="currentColor" stroke="none" />
  </Icon>
);

export const OrderedListIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
    <path d="M2.5 2.75h1v3M2.25 5.75h1.6M2.4 7.4c.3-.4 1.5-.5 1.5.3 0 .6-1.5 1.2-1.6 2.05h1.7" strokeWidth={1.1} />
  </Icon>
);

export const LightbulbIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6 12.25h4M6.5 14.25h3M8 1.75a4.25 4.25 0 0 0-2.5 7.69c.45.33.75.84.75 1.4v.41h3.5v-.41c0-.56.3-1.07.75-1.4A4.25 4.25 0 0 0 8 1.75z" />
  </Icon>
);

export const SparklesIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6.5 2.5 7.6 5.4 10.5 6.5 7.6 7.6 6.5 10.5 5.4 7.6 2.5 6.5 5.4 5.4zM11.75 9.5l.6 1.4 1.4.6-1.4.6-.6 1.4-.6-1.4-1.4-.6 1.4-.6z" />
  </Icon>
);

export const UndoIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5.5 3.5 2.75 6.25 5.5 9M3 6.25h6.25a3.75 3.75 0 0 1 0 7.5H7" />
  </Icon>
);

export const RedoIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="m10.5 3.5 2.75 2.75L10.5 9M13 6.25H6.75a3.75 3.75 0 0 0 0 7.5H9" />
  </Icon>
);
