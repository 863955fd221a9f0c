/** How the catalogue rules record a problem: at the line of a field of a checked file. */
import type { ProblemParts } from '../fields/problem';
import type { CheckedFile } from './check-file';
import type { Severity } from './problem';

/** Records a problem of a file at the line of `field`. */
export type Report = (checked: CheckedFile, field: string, severity: Severity, parts: ProblemParts) => void;
