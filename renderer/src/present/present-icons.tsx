import { Icon, type IconProps } from '../components/icons';

/** A screen on a stand: Present. */
export const PresentIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="2" y="2.75" width="12" height="8" rx="1" />
    <path d="M8 10.75v2.5M5.5 13.25h5M6.75 5.25 9.5 6.75l-2.75 1.5z" />
  </Icon>
);

/** Lines of text on a card: presenter notes. */
export const NotesIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="3" y="2" width="10" height="12" rx="1" />
    <path d="M5.5 5.5h5M5.5 8h5M5.5 10.5h3" />
  </Icon>
);
