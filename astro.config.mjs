// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { pagefindIndex } from './src/search/integration/pagefind.ts';
import { decapCms } from './src/integrations/decap.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { siteGuard } from './src/integrations/site-guard.ts';
import { contentMaps } from './src/integrations/content-maps.ts';
import { selfCheck } from './src/integrations/self-check.ts';
import { personalRecord } from './src/integrations/personal-record.ts';
import { siteUrl } from './src/lib/deploy/site-url.ts';
import { indexable, lastModified } from './src/lib/inspect/crawl.ts';
import { markdownRehypePlugins } from './src/lib/core/markdown.ts';

// CONTENT_DIR builds another content folder (test fixtures, the benchmark corpus). The content layer caches
// parsed entries in cacheDir and keeps stale ones when a folder is empty, so each folder gets its own cache.
const contentDir = process.env.CONTENT_DIR;
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.CACHE_DIR ?? (contentDir
  ? `./node_modules/.astro-${createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 10)}`
  : './node_modules/.astro');

// SITE_URL is the public origin every absolute URL uses; a production build refuses to run without it
// (src/integrations/site-guard.ts). npm start, dev and the tests build locally with LOCAL_BUILD=1.
export default defineConfig({
  site: siteUrl(process.env),
  trailingSlash: 'always',
  // Astro 7's default ('jsx') strips whitespace that holds a line break next to an element, gluing words and
  // inline elements together (「7个」, badges, labels and their notes); true keeps one space where the source had any.
  compressHTML: true,
  outDir,
  cacheDir,
  integrations: [
    siteGuard(),
    personalRecord(),
    contentMaps(),
    mdx(),
    sitemap({
      filter: indexable,
      // lastmod: the date the page itself gives as its last update (detail pages).
      serialize: (item) => {
        const lastmod = lastModified(resolve(outDir), item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    pagefindIndex(),
    decapCms(),
    securityHeaders(),
    // Last: it checks the links of the finished build.
    selfCheck(),
  ],
  // Astro 7's default Markdown processor (Sätteri) runs no rehype plugins; the sanitiser needs unified. MDX
  // extends this processor, so .mdx bodies are sanitised by the same plugins.
  // No SmartyPants: policy text is copied verbatim, ASCII quotes, dashes and dots included, and the Chinese text it
  // was walking (retext's Latin parser over every body) took a quarter of the content sync of a large site.
  markdown: { processor: unified({ smartypants: false, rehypePlugins: [...markdownRehypePlugins] }) },
  // Twelve pages at a time: one page at a time left the build idle 43% of its rendering, waiting on the file system
  // to create each page's folder and file and its incremental-cache copy (about 0.4 ms each here). Rendering
  // 17,500 pages (10,000 entries) took 57 s one at a time, 43 s four at a time, 30 s twelve at a time, 38 s 32.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 12 },
  // Detail pages whose data (cacheKey, src/lib/views/detail.ts) and code are unchanged are copied from the last
  // build instead of rendered again (the cache lives in cacheDir, kept between publishes).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  // Never inline scripts: the public site's Content-Security-Policy allows script files from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
});
