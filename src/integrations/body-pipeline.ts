/**
 * How a certification body becomes HTML: the Sätteri plugins and the Markdown features, listed once for
 * the MDX integration (astro.config.mjs) and for the loader's own renderer (render-body.ts), so that a
 * body renders the same whichever of the two renders it.
 */
import { externalLinkRel } from './external-link-rel';
import { focusableCodeBlocks } from './focusable-code-blocks';
import { ignoreJekyllLayout } from './ignore-jekyll-layout';

export const BODY_MDAST_PLUGINS = [ignoreJekyllLayout];

export const BODY_HAST_PLUGINS = [externalLinkRel, focusableCodeBlocks];

/** The MDX integration's defaults, which the site does not change: GitHub Markdown and smart punctuation. */
export const BODY_FEATURES = { gfm: true, smartPunctuation: true } as const;
