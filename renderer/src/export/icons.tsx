/** The export dialog's icons, in the frame of components/icons.tsx. */
import { Icon, type IconProps } from '../components/icons';

/** A page with a bar chart: the client-facing report, as opposed to the plan file. */
export const ReportIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.75 1.75h5.5l3 3v9.5h-8.5z" />
    <path d="M9 1.75v3.25h3.25M6 12v-2M8 12V8.5M10 12V9.5" />
  </Icon>
);

export const ImageIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="2" y="2.75" width="12" height="10.5" rx="1.5" />
    <circle cx="5.75" cy="6.25" r="1.1" />
    <path d="m2.5 11.5 3.25-3 2.5 2.25 2.25-2 3 2.75" />
  </Icon>
);
