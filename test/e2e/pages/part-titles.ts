/** The eight parts' titles as the English UI shows them, in plan order. */
export const PART_TITLES = [
  'Executive summary',
  'Current marketing situation',
  'Threats and opportunities',
  'Objectives and issues',
  'Marketing strategy',
  'Action programs',
  'Budget',
  'Control',
];
