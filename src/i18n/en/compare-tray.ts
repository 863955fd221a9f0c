/** compareTray: the bar at the foot of every page with what the student picked to compare. */
export const compareTray = {
  heading: 'Compare',
  /** The heading once something is picked. */
  headingCount: 'Compare ({count} of {max})',
  open: 'Open compare',
  /** The open link once two or more are picked. */
  openCount: 'Compare {count}',
  clear: 'Clear',
  remove: 'Remove {title} from compare',
  /** Said to screen readers after each change; `removed` also on the compare page. */
  removed: 'Removed {title}.',
  added: 'Added {title} to compare ({count} of {max}).',
  removedFrom: 'Removed {title} from compare.',
  cleared: 'Cleared the comparison.',
  full: 'You can compare up to {max}. Remove one first.',
} as const;
