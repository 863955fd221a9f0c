/**
 * A Sätteri plugin that gives every external link in a certification body `rel="noopener noreferrer"`,
 * as the site's own external links have: the page opened from a body link learns nothing about the
 * page it came from and cannot reach back into it. It runs on the HTML tree, so Markdown links of every
 * form (inline, reference, autolink) and `<a>` elements written in the body are all covered.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { EXTERNAL_LINK_REL, isExternalUrl } from '../lib/site/links';

type HastPlugin = Extract<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], { name: string }>;
type JsxAttribute = { type: string; name?: string; value?: unknown };

/** The attributes of a JSX `<a>`, with `rel` set when its `href` leaves the site; undefined when unchanged. */
function withRel(attributes: readonly JsxAttribute[]): JsxAttribute[] | undefined {
  const href = attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href');
  if (!href || typeof href.value !== 'string' || !isExternalUrl(href.value)) return undefined;
  const others = attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'rel'));
  return [...others, { type: 'mdxJsxAttribute', name: 'rel', value: EXTERNAL_LINK_REL }];
}

// A JSX element's attributes cannot be set in place; returning a node replaces it.
const jsxLink = {
  filter: ['a'],
  visit(node: { attributes: JsxAttribute[] }) {
    const attributes = withRel(node.attributes);
    return attributes ? { ...node, attributes } : undefined;
  },
};

export const externalLinkRel = {
  name: 'external-link-rel',
  element: {
    filter: ['a'],
    visit(node, context) {
      const href = node.properties?.href;
      if (typeof href === 'string' && isExternalUrl(href)) context.setProperty(node, 'rel', EXTERNAL_LINK_REL);
    },
  },
  mdxJsxTextElement: jsxLink,
  mdxJsxFlowElement: jsxLink,
} as HastPlugin;
