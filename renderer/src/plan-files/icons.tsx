import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

/** Drawn like components/icons.tsx: 16px grid, stroked with currentColor, hidden from assistive tech. */
function Icon({ size = 16, children, ...rest }: IconProps) {
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
