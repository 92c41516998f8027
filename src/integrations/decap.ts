import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { decapConfig, isLocalCms } from '../lib/cms/config.ts';
import { GUIDE_SCREENSHOTS } from '../lib/cms/guide.ts';

const require = createRequire(import.meta.url);
/** The pinned decap-cms package's prebuilt bundle: decap-cms.js, its lazy chunks and .wasm files. */
const DECAP_DIST = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
/** A file of the bundle by name alone: no folder, so a request cannot climb out of the package (../x.wasm). */
const isBundleFile = (name: string) => /^(?:(?:\d+\.)?decap-cms\.js|[\w.-]+\.wasm)$/.test(name) && !name.includes('..');


/** config.yml, or undefined when no backend is configured (then /admin/ shows what to set instead). */
function configYaml(): string | undefined {
  const config = decapConfig({ local: isLocalCms(), env: process.env });
  return config && `# Generated from the zod schemas in src/schemas/ by src/lib/cms/config.ts — do not edit.\n${stringify(config)}`;
}

/**
 * Serves Decap CMS at /admin/ from node_modules (nothing vendored in git, no CDN) with a config generated from
 * the schemas: copied into the build output, and served by the dev server.
 */
export function decapCms(): AstroIntegration {
  return {
    name: 'portal:decap-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          const yaml = url === '/admin/config.yml' ? configYaml() : undefined;
          if (yaml) {
            res.setHeader('Content-Type', 'text/yaml; charset=utf-8');
            res.end(yaml);
            return;
          }
          const file = url.startsWith('/admin/decap/') ? url.slice('/admin/decap/'.length) : '';
          if (file && isBundleFile(file) && existsSync(join(DECAP_DIST, file))) {
            res.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
            createReadStream(join(DECAP_DIST, file)).pipe(res);
            return;
          }
          next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const admin = join(fileURLToPath(dir), 'admin');
        mkdirSync(join(admin, 'decap'), { recursive: true });
        const files = readdirSync(DECAP_DIST).filter(isBundleFile);
        for (const f of files) cpSync(join(DECAP_DIST, f), join(admin, 'decap', f));
        cpSync(GUIDE_SCREENSHOTS, join(admin, 'guide', 'screenshots'), { recursive: true });
        const yaml = configYaml();
        if (yaml) writeFileSync(join(admin, 'config.yml'), yaml);
        logger.info(
          `copied ${files.length} Decap CMS files; ${yaml ? `config.yml (${isLocalCms() ? 'local backend' : `${process.env.DECAP_BACKEND} backend`})` : 'no CMS backend configured: /admin/ explains what to set'}`,
        );
      },
    },
  };
}
