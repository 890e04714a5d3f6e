import type { SVGProps } from 'react';

/** Inline icons (no icon font, no network): 16px, stroked with currentColor, hidden from assistive tech. */
export type IconProps = SVGProps<SVGSVGElement> & { size?: number };

/** The one frame every icon of the app is drawn in (here and in editor-, export- and actions icons). */
export function Icon({ size = 16, children, ...rest }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

export const PlusIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 3.25v9.5M3.25 8h9.5" />
  </Icon>
);
export const SearchIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="7" cy="7" r="4.25" />
    <path d="m10.25 10.25 3 3" />
  </Icon>
);
export const MoreIcon = (p: IconProps) => (
  <Icon {...p} fill="currentColor" stroke="none">
    <circle cx="3.5" cy="8" r="1.25" />
    <circle cx="8" cy="8" r="1.25" />
    <circle cx="12.5" cy="8" r="1.25" />
  </Icon>
);
export const TrashIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2.75 4.25h10.5M6.25 4.25V2.75h3.5v1.5M4 4.25l.6 8.4a1 1 0 0 0 1 .93h4.8a1 1 0 0 0 1-.93l.6-8.4" />
  </Icon>
);
export const RestoreIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2.75 8a5.25 5.25 0 1 0 1.6-3.77" />
    <path d="M2.75 2.75v2.5h2.5" />
  </Icon>
);
export const CopyIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="5.25" y="5.25" width="8" height="8" rx="1.5" />
    <path d="M10.75 5.25v-1.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1.5" />
  </Icon>
);
export const PencilIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10.5 2.75 13.25 5.5 6 12.75H3.25V10z" />
  </Icon>
);
export const OpenIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6.75 3.25h-3.5v9.5h9.5v-3.5M9.25 2.75h4v4M13 3 7.5 8.5" />
  </Icon>
);
export const ChevronLeftIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10 3.5 5.5 8l4.5 4.5" />
  </Icon>
);
export const ChevronRightIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="m6 3.5 4.5 4.5L6 12.5" />
  </Icon>
);
export const SettingsIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="8" cy="8" r="2" />
    <path d="M8 1.75v1.5M8 12.75v1.5M14.25 8h-1.5M3.25 8h-1.5M12.42 3.58l-1.06 1.06M4.64 11.36l-1.06 1.06M12.42 12.42l-1.06-1.06M4.64 4.64 3.58 3.58" />
  </Icon>
);
export const KeyboardIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="1.75" y="4" width="12.5" height="8" rx="1.5" />
    <path d="M4.5 6.5h.01M7 6.5h.01M9.5 6.5h.01M12 6.5h-.5M5 9.5h6" />
  </Icon>
);
export const CheckIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="m3.5 8.25 3 3 6-6.5" />
  </Icon>
);
export const CheckCircleIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="8" cy="8" r="5.75" />
    <path d="m5.5 8.1 1.75 1.75L10.5 6.4" />
  </Icon>
);
export const AlertIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="8" cy="8" r="5.75" />
    <path d="M8 5v3.5M8 10.75h.01" />
  </Icon>
);
export const CloseIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="m4 4 8 8M12 4l-8 8" />
  </Icon>
);
export const SpinnerIcon = (p: IconProps) => (
  <Icon {...p} className={`spin ${p.className ?? ''}`}>
    <path d="M8 2.25A5.75 5.75 0 1 1 2.25 8" />
  </Icon>
);
export const DocumentIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 1.75h5.25L12.5 5v9.25H4z" />
    <path d="M9 1.75V5.25h3.5M6 8.25h4.5M6 10.75h4.5" />
  </Icon>
);
export const CalendarIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="2.25" y="3.25" width="11.5" height="10.5" rx="1.5" />
    <path d="M2.25 6.5h11.5M5.25 1.75v3M10.75 1.75v3" />
  </Icon>
);
export const CoinsIcon = (p: IconProps) => (
  <Icon {...p}>
    <ellipse cx="8" cy="4.5" rx="4.75" ry="2" />
    <path d="M3.25 4.5v3.5c0 1.1 2.13 2 4.75 2s4.75-.9 4.75-2V4.5M3.25 8v3.5c0 1.1 2.13 2 4.75 2s4.75-.9 4.75-2V8" />
  </Icon>
);
export const ClockIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="8" cy="8" r="5.75" />
    <path d="M8 4.75V8l2 1.5" />
  </Icon>
);
export const ExportFileIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 10.25V2.75M5.25 5.5 8 2.75l2.75 2.75" />
    <path d="M2.75 9.5v2.75a1 1 0 0 0 1 1h8.5a1 1 0 0 0 1-1V9.5" />
  </Icon>
);
export const ImportFileIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 2.75v7.5M5.25 7.5 8 10.25l2.75-2.75" />
    <path d="M2.75 9.5v2.75a1 1 0 0 0 1 1h8.5a1 1 0 0 0 1-1V9.5" />
  </Icon>
);
export const TeamIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="6" cy="5.5" r="2.25" />
    <path d="M2.25 13c.4-2.2 1.9-3.5 3.75-3.5s3.35 1.3 3.75 3.5" />
    <path d="M10.5 3.5a2.1 2.1 0 0 1 0 4.1M11.25 9.6c1.4.3 2.3 1.5 2.5 3.4" />
  </Icon>
);
export const SyncIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M13 6.5A5.25 5.25 0 0 0 3.4 5M3 9.5a5.25 5.25 0 0 0 9.6 1.5" />
    <path d="M3.25 2.5V5h2.5M12.75 13.5V11h-2.5" />
  </Icon>
);
export const LockIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="3.25" y="7.25" width="9.5" height="6.5" rx="1.25" />
    <path d="M5.25 7.25V5.5a2.75 2.75 0 0 1 5.5 0v1.75" />
  </Icon>
);

/** The app mark: a plan's stacked sections rising to an arrow. */
export function AppMark({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="22" height="22" rx="6" fill="var(--color-accent)" />
      <path d="M6.5 16.5h5M6.5 12.5h7.5M6.5 8.5h4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <path d="m14.5 8.5 3-3m0 0v2.6m0-2.6h-2.6" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
export const BackupIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2.75 8a5.25 5.25 0 1 0 1.6-3.77" />
    <path d="M2.75 2.75v2.5h2.5" />
    <path d="M8 5.25V8l1.9 1.2" />
  </Icon>
);
/** "Prepare for class": a plan with copies behind it, one per participant. */
export const HandOutIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5.75 4.75V3.25a.75.75 0 0 1 .75-.75h3.75l2.75 2.75v6.25a.75.75 0 0 1-.75.75H11" />
    <rect x="2.75" y="5" width="7.5" height="8.75" rx="0.75" />
    <path d="M4.75 8.25h3.5M4.75 10.75h3.5" />
  </Icon>
);
