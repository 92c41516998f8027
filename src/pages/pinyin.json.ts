/**
 * /pinyin.json: the reading of the common characters, for the pages that suggest a web address from a Chinese
 * title in the browser (the 项目征集 form, the CMS). About 15 kB gzip instead of the 300 kB pinyin library.
 */
import type { APIRoute } from 'astro';
import { pinyinTable } from '../lib/core/pinyin.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(pinyinTable()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
