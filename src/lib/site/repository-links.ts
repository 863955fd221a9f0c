/** Links from a certification page to the repository: edit its file, or report outdated facts. */

export interface Repository {
  /** `https://github.com/owner/repo`. */
  url: string;
  branch: string;
}

/** Opens the certification's file in GitHub's web editor. `filePath` is relative to the repository root. */
export function editFileUrl(repository: Repository, filePath: string): string {
  const encodedPath = filePath.split('/').map(encodeURIComponent).join('/');
  return `${repository.url}/edit/${encodeURIComponent(repository.branch)}/${encodedPath}`;
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
