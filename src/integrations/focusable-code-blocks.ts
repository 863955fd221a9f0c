/**
 * A Sätteri plugin that makes code blocks in certification bodies reachable by keyboard. A long line
 * scrolls inside its `<pre>` on a phone instead of widening the page, and a scrollable region must be
 * focusable so keyboard users can scroll it (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = Extract<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], { name: string }>;

export const focusableCodeBlocks: HastPlugin = {
  name: 'focusable-code-blocks',
  element: {
    filter: ['pre'],
    visit(node, context) {
      context.setProperty(node, 'tabIndex', 0);
    },
  },
};
