/** The view switch's icons, in the frame of components/icons.tsx. */
import { Icon, type IconProps } from '../../components/icons';

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
