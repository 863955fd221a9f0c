/** Links from a certification page to the repository: read or edit a file, or report outdated facts. */

export interface Repository {
  /** `https://github.com/owner/repo`. */
  url: string;
  branch: string;
}

function fileUrl(repository: Repository, view: 'blob' | 'edit', filePath: string): string {
  const encodedPath = filePath.split('/').map(encodeURIComponent).join('/');
  return `${repository.url}/${view}/${encodeURIComponent(repository.branch)}/${encodedPath}`;
}

/** Opens the certification's file in GitHub's web editor. `filePath` is relative to the repository root. */
export function editFileUrl(repository: Repository, filePath: string): string {
  return fileUrl(repository, 'edit', filePath);
}

/** Shows a file of the repository, such as the Cert Atlas record an entry's facts came from. */
export function viewFileUrl(repository: Repository, filePath: string): string {
  return fileUrl(repository, 'blob', filePath);
}

/** The issue form `.github/ISSUE_TEMPLATE/report-outdated.yml`, prefilled with the certification. */
export const REPORT_OUTDATED_TEMPLATE = 'report-outdated.yml';

/** Opens a new issue from the "report outdated information" form, prefilled for this certification. */
export function reportOutdatedUrl(
  repository: Repository,
  certification: { title: string; slug: string },
  pageUrl: string,
): string {
  const query = new URLSearchParams({
    template: REPORT_OUTDATED_TEMPLATE,
    title: `Outdated: ${certification.title}`,
    labels: 'outdated',
    certification: certification.slug,
    page: pageUrl,
  });
  return `${repository.url}/issues/new?${query.toString()}`;
}
