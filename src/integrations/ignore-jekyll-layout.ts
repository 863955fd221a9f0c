/**
 * A Sätteri plugin that drops the legacy Jekyll `layout` key from an MDX file's front matter before
 * the MDX compiler sees it. Astro would otherwise import `layout` as a layout component, and the
 * original Jekyll pages (`layout: certifications/certifications-individual`) would fail to build.
 * The schema accepts and ignores the same key; the site's own layouts render every page.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type MdastPlugin = Extract<NonNullable<SatteriProcessorOptions['mdastPlugins']>[number], { name: string }>;

export const ignoreJekyllLayout: MdastPlugin = {
  name: 'ignore-jekyll-layout',
  before(_root, context) {
    const astro = context.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter && 'layout' in astro.frontmatter) delete astro.frontmatter.layout;
  },
};
