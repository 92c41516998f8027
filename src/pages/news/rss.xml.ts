import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { feed } from '../../lib/publish/feeds.ts';
import { loadSettings } from '../../lib/content/settings.ts';

export const GET: APIRoute = async ({ site }) => feed('news', await loadContent(), await loadSettings(), site!);
