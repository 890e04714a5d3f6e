import type { ReactNode, SVGProps } from 'react';

/** The view switch's icons, drawn like components/icons.tsx: 16px, currentColor. */
type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Icon({ size = 16, children, ...rest }: IconProps & { children: ReactNode }) {
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

export const TableIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="2.25" y="2.75" width="11.5" height="10.5" rx="1.5" />
    <path d="M2.25 6.25h11.5M2.25 9.75h11.5M6.25 6.25v7" />
  </Icon>
);

export const TimelineIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2.75 4h6M5.25 8h7.5M3.75 12h5" strokeWidth={2.25} />
  </Icon>
);

export const FilterClearIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2.5 3.25h11l-4.25 5v4.5l-2.5-1.25V8.25z" />
  </Icon>
);
