/** Words the pages show in more than one place. */

/** Shown for a fact an entry does not give (a fee, a duration, a domain weight). */
export const NOT_LISTED = 'Not listed';
