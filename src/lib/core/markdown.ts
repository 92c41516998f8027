import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { PLACEHOLDER, placeholderAttributes, protectDataComponents, restoreDataComponents } from './mdx-data.ts';

/**
 * Markdown bodies come from editors; raw HTML in them must not become live markup (an <img onerror> in a story
 * would run on every visit). GitHub's sanitising schema keeps ordinary formatting and drops scripts, event
 * handlers and `javascript:` links; the one class we use in documents (the signature block) is allowed.
 * Bodies carry no images: pictures go through a schema image field, which requires alt text and is optimised,
 * and a body can then never make the page fetch an address an editor typed.
 */
const schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'img'), PLACEHOLDER],
  attributes: {
    ...defaultSchema.attributes,
    p: [...(defaultSchema.attributes?.p ?? []), ['className', 'doc-signature']],
    [PLACEHOLDER]: placeholderAttributes,
  },
};

/**
 * Parse raw HTML into real nodes first (else the sanitiser drops it whole), then sanitise. The data components of
 * 政策解读 (src/lib/core/mdx-data.ts) pass the sanitiser as placeholders and come back after it.
 */
export const markdownRehypePlugins: RehypePlugins = [protectDataComponents, rehypeRaw, [rehypeSanitize, schema], restoreDataComponents];
