/**
 * A Sätteri plugin that gives every external link in a certification body
 * `rel="noopener noreferrer"`, as the site's own external links have: the official page opened from a
 * body link learns nothing about the page it came from and cannot reach back into it.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type MdastPlugin = Extract<NonNullable<SatteriProcessorOptions['mdastPlugins']>[number], { name: string }>;

export const EXTERNAL_LINK_REL = 'noopener noreferrer';

/** True for a URL that leaves the site: absolute http(s) or protocol-relative. */
export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url.trim());
}

export const externalLinkRel: MdastPlugin = {
  name: 'external-link-rel',
  link(node, context) {
    if (!isExternalUrl(node.url)) return;
    const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
    context.setProperty(node, 'data', { ...data, hProperties: { ...data.hProperties, rel: EXTERNAL_LINK_REL } });
  },
  // A JSX <a> written in the body: returning a node replaces it (its attributes cannot be set in place).
  mdxJsxTextElement(node) {
    if (node.name !== 'a') return undefined;
    const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href');
    if (!href || typeof href.value !== 'string' || !isExternalUrl(href.value)) return undefined;
    const others = node.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'rel'));
    return { ...node, attributes: [...others, { type: 'mdxJsxAttribute', name: 'rel', value: EXTERNAL_LINK_REL }] };
  },
};
